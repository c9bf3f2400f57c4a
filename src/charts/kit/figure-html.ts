/**
 * The HTML of one chart, a <figure> element: the anatomy every chart shares (title, takeaway, SVG at two
 * widths, legend, text alternative, data table, notes, source, downloads, anchor). Chart.astro
 * renders it on pages; the browser tests render the examples with it, so both use one markup.
 *
 * Downloads: "Download the data (CSV)" leads to the page's CSV (`pageCsv`: every chart's rows on
 * the page, with the chart named in its first column, written after the build from the page's own
 * figures: src/charts/kit/page-csv.ts), so it works without JavaScript; with it,
 * src/scripts/charts.ts narrows the download to this chart's rows and adds "Image (SVG)" and
 * "Image (PNG)", both made in the browser from the figure (no image file is written at build).
 * `downloads` on the chart adds further links (official charts: the area's open data).
 */
import { esc } from './escape.ts';
import { svgRoot } from './svg.ts';
import type { ChartOutput } from './output.ts';
import { paintOf } from './swatches.ts';
import { sourceLine } from './standalone-svg.ts';

/** The SVG element as it sits in a page: labelled by the chart's text alternative. */
export function inlineSvg(chart: ChartOutput, variant: 'wide' | 'narrow', altId: string): string {
  const d = chart[variant];
  return svgRoot({ width: d.width, height: d.height, body: d.body, labelledBy: altId, cls: `chart__svg chart__svg--${variant}` });
}

export interface FigureHtmlOptions {
  /** Heading level of the title. */
  level?: 2 | 3 | 4;
  /** Builds a site link (respects the base path). */
  href: (path: string) => string;
  formatDate: (iso: string) => string;
  /** Where the page's CSV of every chart on it is (Chart.astro: the page's address + PAGE_CSV); none, no CSV link. */
  pageCsv?: string;
  /** File name the page CSV downloads as without JavaScript. */
  pageCsvName?: string;
}

export function figureHtml(f: ChartOutput, o: FigureHtmlOptions): string {
  const h = `h${o.level ?? 3}`;
  const id = esc(f.id);
  const altId = `${f.id}-alt`;
  const th = f.table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = f.table.rows
    .map((r) => `<tr data-key="${esc(r.key)}"${r.id ? ` data-row-id="${esc(r.id)}"` : ''}>${r.cells.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${c === 'not published' ? ' class="not-published"' : ''}>${esc(c)}</td>`)).join('')}</tr>`)
    .join('');
  return `<figure class="chart" id="${id}" aria-labelledby="${id}-title" data-chart data-kind="${esc(f.kind)}"${f.categorical ? ' data-categorical' : ''}>
<figcaption class="chart__head"><${h} class="chart__title" id="${id}-title">${esc(f.title)}</${h}><p class="chart__takeaway">${esc(f.takeaway)}</p></figcaption>
<div class="chart__plot">${inlineSvg(f, 'wide', altId)}${inlineSvg(f, 'narrow', `${altId}-n`)}<div class="chart__tip" hidden aria-hidden="true"></div></div>
<p class="visually-hidden" id="${esc(altId)}">${esc(f.alt)}</p><p class="visually-hidden" id="${esc(altId)}-n">${esc(f.alt)}</p>
<ul class="chart__legend" aria-label="Key">${f.legend.map((l) => `<li data-meaning="${esc(l.meaning)}" data-fill="${esc(paintOf(l.swatch))}"><span class="swatch swatch--${l.swatch}" aria-hidden="true"></span>${esc(l.label)}</li>`).join('')}</ul>
<details class="chart__data"><summary>Data table<span class="visually-hidden"> for “${esc(f.title)}”</span></summary><div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-cap"><table><caption id="${id}-cap">${esc(f.table.caption)}</caption><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div></details>
${f.notes.length ? `<ul class="chart__notes">${f.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
<p class="chart__source">${esc(sourceLine(f.sources, o.formatDate(f.asAt)))}</p>
<ul class="chart__downloads">${
    o.pageCsv ? `<li><a href="${esc(o.pageCsv)}" download${o.pageCsvName ? `="${esc(o.pageCsvName)}"` : ''} data-chart-csv>Download the data (CSV)</a></li>` : ''
  }${(f.downloads ?? []).map((d) => `<li><a href="${esc(d.href)}" download>${esc(d.label)}</a></li>`).join('')}<li><a href="#${id}">Link to this chart</a></li></ul>
</figure>`;
}
