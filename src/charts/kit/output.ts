/**
 * What every chart's draw function returns: the drawing at two widths plus the chart's words and
 * data. Pages render it with <Chart> (kit/figure-html.ts); its downloads are made from the page:
 * the page's CSV after the build (kit/page-csv.ts), the SVG and PNG in the browser
 * (kit/standalone-svg.ts, src/scripts/charts.ts).
 */
import { csvFormatRows } from 'd3';

/** One drawing: its size in SVG units and the markup inside <svg>. */
export interface Drawing {
  width: number;
  height: number;
  body: string;
  /** Number of focusable marks drawn (each with a label). */
  marks: number;
}

import type { Meaning } from './rules.ts';
import type { Swatch } from './swatches.ts';
export type { Swatch };

export interface LegendItem {
  swatch: Swatch;
  label: string;
  /** What the swatch's colour means; one paint has one meaning on a page. */
  meaning: Meaning;
}

export interface DataTable {
  caption: string;
  columns: string[];
  /** `key` ties a row to the mark(s) drawn from it, for highlighting; `id`, where given, is the row's own id that a bar segment points at (`data-table-row`). */
  rows: { key: string; id?: string; cells: string[] }[];
}

export interface ChartMeta {
  /** Stable id: the chart's anchor, its "Chart id" in the page CSV and its download file names. */
  id: string;
  title: string;
  /** Source documents, as "Title, section" strings. */
  sources: string[];
  /** "as at" date (YYYY-MM-DD) of the newest value drawn. */
  asAt: string;
  notes?: string[];
}

export interface ChartOutput extends ChartMeta {
  kind: string;
  /** One sentence computed from the data. */
  takeaway: string;
  /** Text alternative for the image: what is drawn, not the title. */
  alt: string;
  legend: LegendItem[];
  notes: string[];
  table: DataTable;
  /** CSV of exactly the rows and columns of `table`, i.e. of the data drawn. */
  csv: string;
  wide: Drawing;
  narrow: Drawing;
  /** Marks sit on no scale (a grid of states), so the chart has no axis and its marks no unit. */
  categorical?: boolean;
  /** Further downloads beside the page's CSV (official charts: the area's open data files). */
  downloads?: { label: string; href: string }[];
}

export const WIDE = 720;
export const NARROW = 340;

export const csvOf = (t: DataTable) => csvFormatRows([t.columns, ...t.rows.map((r) => r.cells)]) + '\n';

/** Pattern prefix for one drawing, unique on a page. */
export const prefixFor = (id: string, variant: 'w' | 'n' | 's') => `${id}-${variant}`;

/** The parts of a ChartOutput that a draw function works out from its input. */
export type ChartWords = Pick<ChartOutput, 'takeaway' | 'alt' | 'legend' | 'notes' | 'table' | 'categorical'>;

/**
 * Every chart ends the same way: its meta and words, the CSV of its table, and the drawing at
 * both widths, each with its own pattern prefix.
 */
export function chartOutput(kind: string, meta: ChartMeta, words: ChartWords, draw: (width: number, prefix: string) => Drawing): ChartOutput {
  return {
    ...meta,
    kind,
    ...words,
    csv: csvOf(words.table),
    wide: draw(WIDE, prefixFor(meta.id, 'w')),
    narrow: draw(NARROW, prefixFor(meta.id, 'n')),
  };
}
