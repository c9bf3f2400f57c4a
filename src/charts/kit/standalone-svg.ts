/** The chart as a self-contained SVG file, for the downloads and the PNG. */
import { COLOURS, patternDefs, patternId } from './palette.ts';
import { rect, svgRoot, text } from './svg.ts';
import { wrap } from './text.ts';
import { prefixFor, type ChartOutput, type Swatch } from './output.ts';

/** Drawn swatch for a legend inside a standalone SVG. */
function swatch(s: Swatch, x: number, y: number, prefix: string): string {
  const base = { x, y, width: 18, height: 12 };
  switch (s) {
    case 'supply':
      return rect({ ...base, fill: COLOURS.supply });
    case 'gap':
      return rect({ ...base, fill: COLOURS.gap });
    case 'third':
      return rect({ ...base, fill: COLOURS.third });
    case 'computed':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'computed')})`, stroke: COLOURS.gap });
    case 'none':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'none')})`, stroke: COLOURS.none });
    case 'suppressed':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'suppressed')})`, stroke: COLOURS.ink });
    case 'need-area':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'need-area')})`, stroke: COLOURS.ink });
    case 'band':
      return rect({ ...base, fill: COLOURS.band }) + rect({ x, y, width: 4, height: 12, fill: COLOURS.supply });
    case 'range':
      return `<path d="M${x + 1} ${y + 2}v8M${x + 1} ${y + 6}h16M${x + 17} ${y + 2}v8" stroke="${COLOURS.gap}" stroke-width="2" fill="none"/>`;
    case 'target':
      return `<path d="M${x + 9} ${y}l6 6-6 6-6-6z" fill="${COLOURS.gap}"/>`;
    case 'baseline':
      return `<circle cx="${x + 9}" cy="${y + 6}" r="5" fill="${COLOURS.paper}" stroke="${COLOURS.supply}" stroke-width="2.5"/>`;
    case 'latest':
      return `<circle cx="${x + 9}" cy="${y + 6}" r="6" fill="${COLOURS.supply}"/>`;
    case 'outline':
      return rect({ ...base, fill: COLOURS.paper, stroke: COLOURS.ink, 'stroke-width': 1.5 });
    case 'ink':
      return rect({ ...base, fill: COLOURS.ink });
    case 'stripes':
      return rect({ ...base, fill: COLOURS.paper, stroke: COLOURS.ink, 'stroke-width': 1.2 }) + `<path d="M${x + 3} ${y + 12}l6-12M${x + 8} ${y + 12}l6-12M${x + 13} ${y + 12}l5-10" stroke="${COLOURS.ink}" stroke-width="2"/>`;
  }
}

/**
 * A self-contained SVG file (downloads and the PNG): title, takeaway, the wide drawing, legend,
 * notes and source, so the image still makes sense once it leaves the page.
 */
export function standaloneSvg(chart: ChartOutput, formatAsAt: (iso: string) => string): string {
  const W = chart.wide.width;
  const pad = 16;
  const prefix = prefixFor(chart.id, 's');
  const parts: string[] = [patternDefs(prefix)];
  let y = pad + 20;
  const title = wrap(chart.title, W - 2 * pad, 20, true);
  parts.push(text(pad, y, title, { size: 20, bold: true }));
  y += title.length * 25;
  const take = wrap(chart.takeaway, W - 2 * pad, 15);
  parts.push(text(pad, y, take, { size: 15 }));
  y += take.length * 19 + 8;
  // The wide drawing reuses its own pattern ids, which stay unique inside this file.
  parts.push(`<g transform="translate(0 ${y})">${chart.wide.body}</g>`);
  y += chart.wide.height + 12;
  let x = pad;
  for (const item of chart.legend) {
    const w = 26 + item.label.length * 12.5 * 0.6 + 16;
    if (x + w > W - pad) {
      x = pad;
      y += 20;
    }
    parts.push(swatch(item.swatch, x, y, prefix), text(x + 24, y + 10, item.label, { size: 12.5 }));
    x += w;
  }
  y += 36;
  const foot = [...chart.notes, `Source: ${chart.sources.join('; ')}. As at ${formatAsAt(chart.asAt)}.`].flatMap((n) => wrap(n, W - 2 * pad, 12));
  parts.push(text(pad, y, foot, { size: 12, fill: COLOURS.muted }));
  y += foot.length * 15 + pad;
  const body = rect({ x: 0, y: 0, width: W, height: y, fill: COLOURS.paper }) + parts.join('');
  return svgRoot({ width: W, height: y, body, title: chart.title, desc: `${chart.takeaway} ${chart.alt}` }).replace(/^<svg /, '<svg ');
}
