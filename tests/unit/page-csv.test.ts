/**
 * The page CSV (src/charts/kit/page-csv.ts): every chart's rows on a page in one file, with the
 * chart named, read back from the page's own figures (scripts/lib/site-files.ts writePageCsvs).
 * Expected files are written out here by hand; files are read back with d3's CSV parser.
 */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHART_COLUMNS, PAGE_CSV, chartsInHtml, csvText, pageCsv, type CsvChart } from '../../src/charts/kit/page-csv.ts';
import { figureHtml } from '../../src/charts/kit/figure-html.ts';
import { allExamples } from '../../src/charts/examples/index.ts';
import type { ChartOutput } from '../../src/charts/kit/output.ts';
import { writePageCsvs } from '../../scripts/lib/site-files.ts';

const gaps: CsvChart = { id: 'gaps', title: 'Need and supply', columns: ['Placement type', 'Need', 'Supply'], rows: [['Homes', '4 places', '6 places'], ['Fostering', 'not published', '12 carers']] };
const trend: CsvChart = { id: 'trend-x', title: 'Children in care, over time', columns: ['Series', 'Date', 'Need'], rows: [['Council', '2024-03-31', '465 children']] };

describe('pageCsv: one table of every chart on a page', () => {
  it('names the chart in the first two columns and keeps each chart’s cells under its own column names', () => {
    expect(pageCsv([gaps, trend])).toBe(
      [
        'Chart,Chart id,Placement type,Need,Supply,Series,Date',
        'Need and supply,gaps,Homes,4 places,6 places,,',
        'Need and supply,gaps,Fostering,not published,12 carers,,',
        // "Need" is a column both charts have: the trend's need sits under it.
        '"Children in care, over time",trend-x,,465 children,,Council,2024-03-31',
        '',
      ].join('\n'),
    );
  });

  it('quotes commas, quotes and line breaks so any CSV reader gets the cells back', () => {
    const odd: CsvChart = { id: 'odd', title: 'A "quoted", title', columns: ['A, with comma', 'B'], rows: [['line\nbreak', 'say "hi"'], ['plain', '']] };
    expect(csvParseRows(pageCsv([odd])!)).toEqual([
      ['Chart', 'Chart id', 'A, with comma', 'B'],
      ['A "quoted", title', 'odd', 'line\nbreak', 'say "hi"'],
      ['A "quoted", title', 'odd', 'plain', ''],
    ]);
    expect(csvText([['x,y', 'z']])).toBe('"x,y",z\n');
  });

  it('writes nothing for a page without charts', () => expect(pageCsv([])).toBeNull());
});

const html = (c: ChartOutput) => figureHtml(c, { href: (p) => `/${p}`, formatDate: (s) => s, pageCsv: `/p/${PAGE_CSV}` });

describe('chartsInHtml: the charts a built page shows', () => {
  const examples = allExamples().map((e) => e.chart);
  it('finds every figure with its id, title and table, entities decoded', () => {
    const page = `<main><h1>A page</h1>${examples.map(html).join('<p>between</p>')}</main>`;
    const found = chartsInHtml(page);
    expect(found.map((c) => c.id)).toEqual(examples.map((c) => c.id));
    found.forEach((c, i) => {
      const want = examples[i];
      expect(c.title).toBe(want.title);
      expect(c.columns).toEqual(want.table.columns);
      expect(c.rows).toEqual(want.table.rows.map((r) => r.cells));
    });
  });

  it('reads text that needs escaping exactly', () => {
    const base = examples[0];
    const chart: ChartOutput = { ...base, title: `Homes & "hostels" <under 18's>`, table: { ...base.table, rows: [{ key: 'k', cells: ['A & B', `<c> "d" 'e'`, ...base.table.columns.slice(2).map(() => '1,000')] }] } };
    const [c] = chartsInHtml(html(chart));
    expect(c.title).toBe(`Homes & "hostels" <under 18's>`);
    expect(c.rows).toEqual([['A & B', `<c> "d" 'e'`, ...base.table.columns.slice(2).map(() => '1,000')]]);
  });

  it('finds no chart on a page without one', () => expect(chartsInHtml('<main><figure class="photo"><table><thead><tr><th>x</th></tr></thead></table></figure></main>')).toEqual([]));
});

describe('writePageCsvs: a CSV beside each built page with a chart', () => {
  it('writes <page>/charts.csv where the page shows charts, and nothing elsewhere', () => {
    const out = mkdtempSync(join(tmpdir(), 'page-csv-'));
    const [a, b] = allExamples().map((e) => e.chart);
    const write = (p: string, body: string) => {
      mkdirSync(join(out, p), { recursive: true });
      writeFileSync(join(out, p, 'index.html'), `<!DOCTYPE html><html><body><main>${body}</main></body></html>`);
    };
    write('councils/x/', html(a) + html(b));
    write('councils/x/sources/', '<p>No chart here.</p>');
    write('', html(b));
    expect(writePageCsvs(out, ['councils/x/', 'councils/x/sources/', '', 'cards/x.png'])).toBe(2);
    const rows = csvParseRows(readFileSync(join(out, 'councils/x', PAGE_CSV), 'utf8'));
    expect(rows[0].slice(0, 2)).toEqual([...CHART_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual([...a.table.rows.map(() => a.id), ...b.table.rows.map(() => b.id)]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...a.table.rows.map(() => a.title), ...b.table.rows.map(() => b.title)]);
    expect(existsSync(join(out, 'councils/x/sources', PAGE_CSV))).toBe(false);
    expect(existsSync(join(out, PAGE_CSV))).toBe(true);
  });
});
