/** Examples for matrixChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { MatrixInput } from './draw.ts';
import { exampleMeta, EXAMPLE_SUPPRESSED } from '../examples/meta.ts';

const rows = [
  { id: 'homes', label: 'Homes' },
  { id: 'carers', label: 'Foster carers' },
  { id: 'breaks', label: 'Short breaks' },
];
const cols = [
  { id: 'north', label: 'North Area', short: 'North' },
  { id: 'south', label: 'South Area', short: 'South' },
  { id: 'east', label: 'East Area', short: 'East' },
];

export const matrixExamples = {
  /** One of each state: need (with provision too), provision, c and not published. */
  allStates: {
    meta: exampleMeta('matrix-states', 'Synthetic type by area grid'),
    rows,
    cols,
    suppressedKey: EXAMPLE_SUPPRESSED,
    cells: [
      { row: 'homes', col: 'north', state: 'gap', text: '+4', detail: 'Stated need: 4 more places', alsoProvision: true },
      { row: 'homes', col: 'south', state: 'provision', text: '6', detail: 'Named provision: Oak House, 6 places' },
      { row: 'carers', col: 'east', state: 'suppressed', text: 'c', detail: EXAMPLE_SUPPRESSED },
      { row: 'breaks', col: 'south', state: 'gap', text: '2 needs', detail: 'Stated need: 2 more places; number not published' },
    ],
  },
  /** A locality page: its column outlined. */
  highlighted: {
    meta: exampleMeta('matrix-highlighted', 'Synthetic grid, South Area outlined'),
    rows,
    cols,
    suppressedKey: EXAMPLE_SUPPRESSED,
    cells: [{ row: 'homes', col: 'south', state: 'provision', text: '6', detail: 'Named provision: Oak House, 6 places' }],
    highlightCol: 'south',
  },
} satisfies Record<string, MatrixInput>;
