/** Axes and the padding every chart keeps from its edges. Each axis names its one unit (kit/rules.ts). */
import type { ScaleLinear } from 'd3';
import type { Unit } from '../../data/schemas/common.ts';
import { unitWord } from '../../text/format.ts';
import { COLOURS } from './palette.ts';
import { axisAttrs, type AxisUnit } from './rules.ts';
import { line, text } from './svg.ts';

export const PAD = 8;

/** The unit as an axis title: "Places", "Children", "£", "Per 10,000 children". */
export function axisTitle(unit: Unit): string {
  if (unit === 'gbp') return 'Pounds (£)';
  if (unit === 'percent') return 'Per cent';
  if (unit === 'ratio') return 'Ratio';
  const w = unitWord(unit, 2);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Gridlines and tick labels along the top of a horizontal-bar area, in one unit; `title`, where
 * given, names the unit in bold after the last tick ("flats a year").
 */
export function topAxis(x: ScaleLinear<number, number>, y: number, bottom: number, ticks: number, format: (n: number) => string, unit: AxisUnit, title?: string): string {
  const body = x
    .ticks(ticks)
    .map((t) => line({ x1: x(t), x2: x(t), y1: y + 6, y2: bottom, stroke: COLOURS.grid, 'stroke-width': 1 }) + text(x(t), y, format(t), { size: 12, anchor: 'middle', fill: COLOURS.muted }))
    .join('');
  const end = x.range()[1];
  const last = format(x.ticks(ticks).at(-1) ?? 0);
  const name = title ? text(end + last.length * 3.6 + 8, y, title, { size: 12.5, bold: true }) : '';
  return `<g ${axisAttrs('x', unit)}>${body}${name}</g>`;
}
