/** Pieces several charts share: value phrases, the axis, the highlight band and not-published/c boxes. */
import type { ScaleLinear } from 'd3';
import type { Shown } from '../data/shown.ts';
import type { Unit } from '../data/schemas/common.ts';
import type { Qualifier } from '../data/schemas/figures.ts';
import { formatShown, formatShownNumber } from '../text/format.ts';
import { COLOURS, patternId } from './palette.ts';
import { line, rect, text } from './svg.ts';

export const PAD = 8;

/** "50 places a year", "2 to 3 places", "c", "not published". */
export function phrase(s: Shown, unit: Unit, q?: Qualifier, perYear?: boolean): string {
  const base = formatShown(s, unit, q);
  return perYear && (s.kind === 'number' || s.kind === 'range') ? `${base} a year` : base;
}

/** The short form drawn on a mark: "5", "2–3", "≥2", "c". */
export function shortValue(s: Shown, unit: Unit, q?: Qualifier): string {
  if (s.kind === 'range') return `${formatShownNumber({ kind: 'number', n: s.min }, unit)}–${formatShownNumber({ kind: 'number', n: s.max }, unit)}`;
  if (s.kind === 'number') return (q === 'at-least' || q === 'over' ? '≥' : q === 'up-to' || q === 'under' ? '≤' : '') + formatShownNumber(s, unit);
  return s.kind === 'suppressed' ? 'c' : '';
}

/** Gridlines and tick labels along the top of a horizontal-bar area. */
export function topAxis(x: ScaleLinear<number, number>, y: number, bottom: number, ticks: number, format: (n: number) => string): string {
  return x
    .ticks(ticks)
    .map((t) => line({ x1: x(t), x2: x(t), y1: y + 6, y2: bottom, stroke: COLOURS.grid, 'stroke-width': 1 }) + text(x(t), y, format(t), { size: 12, anchor: 'middle', fill: COLOURS.muted }))
    .join('');
}

/** Band behind a highlighted group: tint plus a solid bar, so it does not rely on the tint alone. */
export const band = (y: number, h: number, width: number) =>
  rect({ x: 0, y, width, height: h, fill: COLOURS.band }) + rect({ x: 0, y, width: 4, height: h, fill: COLOURS.supply });

/** A box for a value with no bar to draw: hatched "not published" or dotted "c". */
export function statusBox(kind: 'not-published' | 'suppressed', x: number, y: number, h: number, prefix: string, label = kind === 'suppressed' ? 'c' : 'not published'): { svg: string; width: number } {
  const size = 12.5;
  const w = Math.max(kind === 'suppressed' ? 22 : 24, label.length * size * 0.6 + 12);
  const fill = `url(#${patternId(prefix, kind === 'suppressed' ? 'suppressed' : 'none')})`;
  const stroke = kind === 'suppressed' ? COLOURS.ink : COLOURS.none;
  // The label sits on a white chip so it stays readable over the pattern.
  const chipW = label.length * size * 0.6 + 6;
  return {
    width: w,
    svg:
      rect({ x, y, width: w, height: h, fill, stroke, 'stroke-width': 1.5 }) +
      (label
        ? rect({ x: x + (w - chipW) / 2, y: y + h / 2 - 8, width: chipW, height: 16, fill: COLOURS.paper }) +
          text(x + w / 2, y + h / 2, label, { size, anchor: 'middle', baseline: 'middle', bold: kind === 'suppressed' })
        : ''),
  };
}
