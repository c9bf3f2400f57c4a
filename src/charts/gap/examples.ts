/** Examples for gapChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { GapChartInput } from './draw.ts';
import { exampleMeta, EXAMPLE_SUPPRESSED } from '../examples/meta.ts';

export const gapExamples = {
  /** Stated, computed, range, not published and suppressed shortfalls in three types. */
  mixed: {
    meta: exampleMeta('gap-mixed', 'Synthetic shortfalls by type'),
    suppressedKey: EXAMPLE_SUPPRESSED,
    rows: [
      { key: 'a', group: 'homes', groupLabel: 'Homes', label: 'Teenagers', kind: 'stated', gap: { kind: 'number', n: 12 }, size: 12, words: '12 more places', unit: 'places', timeframe: 'By 2026', supply: { shown: { kind: 'number', n: 40 }, label: 'Places now' } },
      { key: 'b', group: 'homes', groupLabel: 'Homes', label: 'Younger children · North', kind: 'stated', gap: { kind: 'range', min: 2, max: 3 }, size: 3, words: '2 to 3 more places', unit: 'places', timeframe: 'Next year' },
      { key: 'c', group: 'carers', groupLabel: 'Carers', label: 'All children', kind: 'computed', gap: { kind: 'number', n: 7 }, size: 7, words: '7 carers short', unit: 'carers', timeframe: 'By 2025', supply: { shown: { kind: 'number', n: 13 }, label: 'Carers now' } },
      { key: 'd', group: 'carers', groupLabel: 'Carers', label: 'Sibling groups', kind: 'stated', gap: { kind: 'not-published' }, size: 0, words: 'number not published', unit: 'carers', timeframe: 'Not stated' },
      { key: 'e', group: 'flats', groupLabel: 'Flats', label: 'Care leavers', kind: 'stated', gap: { kind: 'number', n: 25 }, size: 25, words: '25 more flats a year', unit: 'flats', perYear: true, timeframe: 'Each year' },
      { key: 'f', group: 'flats', groupLabel: 'Flats', label: 'Young parents', kind: 'stated', gap: { kind: 'suppressed', reason: 'primary' }, size: 0, words: 'c', unit: 'young-people', timeframe: 'Not stated' },
    ],
  },
  /** The same rows with one type highlighted, as on a placement-type page. */
  highlighted: {
    meta: exampleMeta('gap-highlighted', 'Synthetic shortfalls, carers highlighted'),
    suppressedKey: EXAMPLE_SUPPRESSED,
    rows: [
      { key: 'a', group: 'homes', groupLabel: 'Homes', label: 'Teenagers', kind: 'stated', gap: { kind: 'number', n: 12 }, size: 12, words: '12 more places', unit: 'places', timeframe: 'By 2026' },
      { key: 'c', group: 'carers', groupLabel: 'Carers', label: 'All children', kind: 'stated', gap: { kind: 'number', n: 4 }, size: 4, words: '4 more carers', unit: 'carers', timeframe: 'By 2025' },
    ],
    highlight: 'carers',
  },
  /** Nothing quantified: every shortfall named without a number. */
  unquantified: {
    meta: exampleMeta('gap-unquantified', 'Synthetic shortfalls without numbers'),
    suppressedKey: EXAMPLE_SUPPRESSED,
    rows: [
      { key: 'x', group: 'breaks', groupLabel: 'Short breaks', label: 'Disabled children · West', kind: 'stated', gap: { kind: 'not-published' }, size: 0, words: 'number not published', unit: 'places', timeframe: 'Not stated' },
    ],
  },
  /** A placement type's page: only that type's rows, in the units they are counted in. */
  onePage: {
    meta: exampleMeta('gap-one-type', 'Synthetic shortfalls, homes only'),
    suppressedKey: EXAMPLE_SUPPRESSED,
    rows: [
      { key: 'a', group: 'homes', groupLabel: 'Homes', label: 'Teenagers', kind: 'stated', gap: { kind: 'number', n: 12 }, size: 12, words: '12 more places', unit: 'places', timeframe: 'By 2026', supply: { shown: { kind: 'number', n: 40 }, label: 'Places now' } },
      { key: 'g', group: 'homes', groupLabel: 'Homes', label: 'Complex needs', kind: 'stated', gap: { kind: 'number', n: 1 }, size: 1, words: '1 more home', unit: 'homes', timeframe: 'By 2027' },
    ],
  },
} satisfies Record<string, GapChartInput>;
