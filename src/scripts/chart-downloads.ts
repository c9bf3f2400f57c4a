/**
 * The chart downloads made in the browser (src/scripts/charts.ts loads this on the first click):
 * the chart's own rows as CSV, its standalone SVG (kit/standalone-svg.ts) made from the figure on
 * the page, and that SVG drawn on a canvas as a PNG.
 */
import { MARK_CLASS } from '../charts/kit/interaction.ts';
import { pngPixels } from '../charts/kit/png-density.ts';
import { standaloneSvgOf } from '../charts/kit/standalone-svg.ts';
import { csvText } from '../charts/kit/page-csv.ts';
import type { Swatch } from '../charts/kit/swatches.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const text = (el: Element | null) => el?.textContent?.trim() ?? '';

/**
 * The chart as a standalone SVG file, made from its figure: the wide drawing as the server drew it
 * (the marks' focus rings, roles and highlight taken off again), with title, takeaway, legend,
 * notes and source, its own <title> and <desc>, and xmlns: kit/standalone-svg.ts, as the
 * build once wrote it.
 */
export function standaloneFrom(fig: HTMLElement): string {
  const wide = fig.querySelector<SVGSVGElement>('svg.chart__svg--wide')!;
  const svg = wide.cloneNode(true) as SVGSVGElement;
  svg.querySelectorAll('.focus-ring').forEach((r) => r.remove());
  svg.querySelectorAll(`g.${MARK_CLASS}`).forEach((m) => {
    for (const a of ['role', 'aria-label', 'tabindex']) m.removeAttribute(a);
    m.classList.remove('is-active');
  });
  const xml = new XMLSerializer();
  const body = [...svg.childNodes].map((n) => xml.serializeToString(n).replace(` xmlns="${SVG_NS}"`, '')).join('');
  const [, , width, height] = (wide.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return standaloneSvgOf({
    id: fig.id,
    title: text(fig.querySelector('.chart__title')),
    takeaway: text(fig.querySelector('.chart__takeaway')),
    alt: text(document.getElementById(wide.getAttribute('aria-labelledby') ?? '')),
    wide: { width, height, body },
    legend: [...fig.querySelectorAll('.chart__legend li')].map((li) => ({
      swatch: (/\bswatch--(\S+)/.exec(li.querySelector('.swatch')?.className ?? '')?.[1] ?? 'none') as Swatch,
      label: text(li),
    })),
    notes: [...fig.querySelectorAll('.chart__notes li')].map(text),
    source: text(fig.querySelector('.chart__source')),
  });
}

/** The SVG drawn on a canvas at the PNG density (a blob of this page's own making: the canvas stays readable). */
export async function toPng(svg: string): Promise<Blob> {
  const { width, height } = pngPixels(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
    return await new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The chart's own rows as CSV, from its data table (the same rows its page CSV holds for it). */
export function chartCsv(fig: HTMLElement): string {
  const row = (tr: Element) => [...tr.children].map(text);
  return csvText([...fig.querySelectorAll('.chart__data thead tr, .chart__data tbody tr')].map(row));
}

export function save(blob: Blob, name: string) {
  const out = document.createElement('a');
  out.href = URL.createObjectURL(blob);
  out.download = name;
  out.click();
  setTimeout(() => URL.revokeObjectURL(out.href), 10_000);
}

