/** Examples for whereChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { WhereInput } from './draw.ts';
import { exampleMeta, EXAMPLE_PLACE, EXAMPLE_SUPPRESSED } from '../examples/meta.ts';

export const whereExamples = {
  /** Full split; a split with a part not broken down; a split with a c part. */
  splits: {
    meta: exampleMeta('where-splits', 'Synthetic where children live'),
    place: EXAMPLE_PLACE,
    suppressedKey: EXAMPLE_SUPPRESSED,
    groups: [
      {
        title: 'Where they live',
        rows: [
          { key: 'full', label: 'Children in homes, March 2024', asAt: '2024-03-31', types: ['homes'], unit: 'children', total: { kind: 'number', n: 60 }, parts: [{ key: 'in-area', shown: { kind: 'number', n: 30 } }, { key: 'neighbouring', shown: { kind: 'number', n: 18 } }, { key: 'further-away', shown: { kind: 'number', n: 12 } }] },
          { key: 'partial', label: 'Children with agencies, March 2024', asAt: '2024-03-31', types: ['agency'], unit: 'children', total: { kind: 'number', n: 100 }, parts: [{ key: 'in-area', shown: { kind: 'number', n: 40 } }, { key: 'neighbouring', shown: { kind: 'number', n: 35 } }] },
          { key: 'hidden', label: 'Children in secure homes, March 2024', asAt: '2024-03-31', types: ['secure'], unit: 'children', total: null, parts: [{ key: 'in-area', shown: { kind: 'number', n: 9 } }, { key: 'further-away', shown: { kind: 'suppressed', reason: 'primary' } }] },
        ],
      },
      {
        title: 'Council or independent foster carers',
        rows: [{ key: 'op', label: 'Children in foster care, March 2024', asAt: '2024-03-31', types: ['carers'], unit: 'children', total: null, parts: [{ key: 'council', shown: { kind: 'number', n: 150 } }, { key: 'independent', shown: { kind: 'number', n: 90 } }] }],
      },
    ],
  },
  /** A type page: its row highlighted. */
  highlighted: {
    meta: exampleMeta('where-highlighted', 'Synthetic where children live, homes'),
    place: EXAMPLE_PLACE,
    suppressedKey: EXAMPLE_SUPPRESSED,
    groups: [{ title: 'Where they live', rows: [{ key: 'full', label: 'Children in homes, March 2024', asAt: '2024-03-31', types: ['homes'], unit: 'children', total: { kind: 'number', n: 60 }, parts: [{ key: 'in-area', shown: { kind: 'number', n: 30 } }, { key: 'neighbouring', shown: { kind: 'number', n: 18 } }, { key: 'further-away', shown: { kind: 'number', n: 12 } }] }] }],
    highlight: 'homes',
  },
  /** A part too narrow for its number (7 of 50): labelled under its bar, with its own table row, as is the rest not broken down. */
  narrowPart: {
    meta: exampleMeta('where-narrow', 'Synthetic where children live, a narrow part'),
    place: EXAMPLE_PLACE,
    suppressedKey: EXAMPLE_SUPPRESSED,
    groups: [
      {
        title: 'Where they live',
        rows: [
          { key: 'wide', label: 'Children with agencies, March 2024', asAt: '2024-03-31', types: ['agency'], unit: 'children', total: { kind: 'number', n: 180 }, parts: [{ key: 'in-area', shown: { kind: 'number', n: 50 } }, { key: 'neighbouring', shown: { kind: 'number', n: 85 } }] },
          { key: 'narrow', label: 'Children in homes, April 2021', asAt: '2021-04-30', types: ['homes'], unit: 'children', total: { kind: 'number', n: 50 }, parts: [{ key: 'in-area', shown: { kind: 'number', n: 7 } }, { key: 'neighbouring', shown: { kind: 'number', n: 17 } }] },
        ],
      },
    ],
  },
} satisfies Record<string, WhereInput>;
