/**
 * The chart as a self-contained SVG file: title, takeaway, the wide drawing, legend, notes and
 * source, so the image still makes sense once it leaves the page. The browser builds it from the
 * chart's figure on the page for the "Image (SVG)" and "Image (PNG)" downloads
 * (src/scripts/charts.ts, via standaloneSvgOf); nothing is written at build. Imports no d3, so it
 * stays small in the chart script.
 */
import { COLOURS, patternDefs } from './palette.ts';
import { swatchSvg, type Swatch } from './swatches.ts';
import { rect, svgRoot, text } from './svg.ts';
import { wrap } from './text.ts';
import type { ChartOutput } from './output.ts';

/** What the file is drawn from: what the page's figure shows, as plain text and the drawing's markup. */
export interface StandaloneParts {
  id: string;
  title: string;
  takeaway: string;
  alt: string;
  /** The wide drawing: its size and the markup inside its <svg>. */
  wide: { width: number; height: number; body: string };
  legend: { swatch: Swatch; label: string }[];
  notes: string[];
  /** "Source: …. As at …." as the figure prints it. */
  source: string;
}

/** The figure's source line ("Source: A; B. As at 31 March 2024."), the same on the page and in the file. */
export const sourceLine = (sources: readonly string[], asAt: string) => `Source: ${sources.join('; ')}. As at ${asAt}.`;

export function standaloneSvgOf(c: StandaloneParts): string {
  const W = c.wide.width;
  const pad = 16;
  const prefix = `${c.id}-s`;
  const parts: string[] = [patternDefs(prefix)];
  let y = pad + 20;
  const title = wrap(c.title, W - 2 * pad, 20, true);
  parts.push(text(pad, y, title, { size: 20, bold: true }));
  y += title.length * 25;
  const take = wrap(c.takeaway, W - 2 * pad, 15);
  parts.push(text(pad, y, take, { size: 15 }));
  y += take.length * 19 + 8;
  // The wide drawing reuses its own pattern ids, which stay unique inside this file.
  parts.push(`<g transform="translate(0 ${y})">${c.wide.body}</g>`);
  y += c.wide.height + 12;
  let x = pad;
  for (const item of c.legend) {
    const w = 26 + item.label.length * 12.5 * 0.6 + 16;
    if (x + w > W - pad) {
      x = pad;
      y += 20;
    }
    parts.push(swatchSvg(item.swatch, x, y, prefix), text(x + 24, y + 10, item.label, { size: 12.5 }));
    x += w;
  }
  y += 36;
  const foot = [...c.notes, c.source].flatMap((n) => wrap(n, W - 2 * pad, 12));
  parts.push(text(pad, y, foot, { size: 12, fill: COLOURS.muted }));
  y += foot.length * 15 + pad;
  const body = rect({ x: 0, y: 0, width: W, height: y, fill: COLOURS.paper }) + parts.join('');
  return svgRoot({ width: W, height: y, body, title: c.title, desc: `${c.takeaway} ${c.alt}` });
}

/** The same file from a ChartOutput (tests, and any tool that has the chart rather than the page). */
export const standaloneSvg = (chart: ChartOutput, formatAsAt: (iso: string) => string): string =>
  standaloneSvgOf({ ...chart, source: sourceLine(chart.sources, formatAsAt(chart.asAt)) });
