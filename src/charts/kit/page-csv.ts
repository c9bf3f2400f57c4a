/**
 * One CSV per page of every chart on it: the rows of each chart's data table, with the chart
 * named in the first columns, at the page's address + PAGE_CSV. Every chart's "Download the data
 * (CSV)" link leads there, so data downloads work without JavaScript; with it the browser narrows
 * the download to the chart's own rows (src/scripts/charts.ts, with `csvText` below).
 *
 * How a page's charts are collected: from the page itself. After the build,
 * scripts/lib/site-files.ts reads each built page and finds its figures (`chartsInHtml`, the
 * markup of kit/figure-html.ts), so any ChartOutput any page renders through <Chart> is in its
 * page's CSV with no list to keep, in any Astro run (the portal, the SYNTHETIC England, parallel
 * rendering where module state is not shared).
 */

/** The page CSV's file name, beside the page's index.html. */
export const PAGE_CSV = 'charts.csv';

/** The columns naming the chart, before the charts' own. */
export const CHART_COLUMNS = ['Chart', 'Chart id'] as const;

/** One chart as its page CSV reads it: the figure's title and id, and its data table. */
export interface CsvChart {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
}

/** A CSV field as RFC 4180 (and d3-dsv) quote it: in double quotes when it holds a quote, comma or line break. */
const field = (s: string) => (/["\n\r,]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Rows as CSV text, ending in a newline. */
export const csvText = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map(field).join(',')).join('\n') + '\n';

/**
 * Every chart's rows in one table: "Chart" and "Chart id", then the charts' columns in the
 * order first met (charts sharing a column name share the column), a chart's row left blank in
 * columns it does not have. Null when the page has no chart.
 */
export function pageCsv(charts: readonly CsvChart[]): string | null {
  if (!charts.length) return null;
  const columns: string[] = [];
  for (const c of charts) for (const col of c.columns) if (!columns.includes(col)) columns.push(col);
  const rows = charts.flatMap((c) => {
    const at = c.columns.map((col) => columns.indexOf(col));
    return c.rows.map((cells) => {
      const row = columns.map(() => '');
      cells.forEach((v, i) => (row[at[i]] = v));
      return [c.title, c.id, ...row];
    });
  });
  return csvText([[...CHART_COLUMNS, ...columns], ...rows]);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Text of HTML element content: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    );
}

const cells = (row: string) => [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => textOf(m[1]));

/** The charts in a built page, in page order, read from their figures (kit/figure-html.ts). */
export function chartsInHtml(html: string): CsvChart[] {
  const out: CsvChart[] = [];
  for (const m of html.matchAll(/<figure class="chart" id="([^"]+)"[^>]*\bdata-chart\b[^>]*>([\s\S]*?)<\/figure>/g)) {
    const body = m[2];
    const title = /class="chart__title"[^>]*>([\s\S]*?)<\/h[1-6]>/.exec(body);
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(body);
    const rows = /<tbody>([\s\S]*?)<\/tbody>/.exec(body);
    if (!title || !head) continue;
    out.push({
      id: textOf(m[1]),
      title: textOf(title[1]),
      columns: cells(head[1]),
      rows: [...(rows?.[1] ?? '').matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => cells(r[1])),
    });
  }
  return out;
}
