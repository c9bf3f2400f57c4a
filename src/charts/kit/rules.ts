/**
 * The markup that makes the chart rules checkable on a built page (tests/support/chart-rules.ts
 * reads it): every axis names its one unit, every coloured mark names what its colour means,
 * every bar segment points at the table row that gives its value.
 *
 * - One unit per axis: an axis is `<g data-axis data-unit>`; the marks drawn against it carry the
 *   same `data-unit`. Charts whose marks sit on no scale (a grid of states) say so with
 *   `categorical` on their output.
 * - One meaning per colour on a page: a coloured shape carries `data-meaning`; so does each
 *   legend entry, with the paint of its swatch (`data-fill`).
 * - No segment without a label or a table entry: a segment carries `data-segment` and
 *   `data-table-row`, the id of its row in the chart's data table (`<tr data-row-id>`).
 */
import type { Unit } from '../../data/schemas/common.ts';
import { esc } from './escape.ts';

/** What a colour stands for. One paint (colour and form) has one meaning on a page. */
export type Meaning =
  | 'supply'
  | 'planned'
  | 'need'
  | 'need-computed'
  | 'not-published'
  | 'suppressed'
  | 'highlight'
  | 'in-area'
  | 'neighbouring'
  | 'further-away'
  | 'council'
  | 'independent'
  /** A shade on a sequential scale: read against the chart's own key, like a position on an axis. */
  | 'scale'
  | 'baseline'
  | 'latest'
  | 'target'
  | 'main-series'
  | 'second-series'
  | 'third-series'
  /** Money: set aside, spent or forecast, and the difference between them. */
  | 'budget'
  | 'spending'
  | 'difference-from-budget'
  /** A bar of the area a page is about, beside bars of the areas it is compared with. */
  | 'this-area'
  | 'comparator';

export type AxisDirection = 'x' | 'y' | 'colour';
/** What an axis counts: a measure's unit, a yearly rate of one ("carers-a-year"), or stated needs (the locality map's shading). */
export type AxisUnit = Unit | `${Unit}-a-year` | 'needs';

/** Attributes of an axis group: its direction and its one unit. */
export const axisAttrs = (dir: AxisDirection, unit: AxisUnit) => `data-axis="${dir}" data-unit="${esc(unit)}"`;

/** A group with its own axis (small multiples, a progress row): marks inside it are read against that axis. */
export const PANEL = 'data-panel=""';

/** Attributes for a coloured shape, for rect()/circle()/line(). */
export const meaningOf = (m: Meaning) => ({ 'data-meaning': m });
export const meaningAttr = (m: Meaning) => `data-meaning="${m}"`;

/** Attributes for a bar segment: the table row that gives its value. */
export const segmentOf = (row: string) => ({ 'data-segment': '', 'data-table-row': row });
