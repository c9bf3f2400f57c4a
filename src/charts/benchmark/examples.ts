/** Examples for benchmarkChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { BenchmarkInput } from './draw.ts';
import { exampleMeta, EXAMPLE_SUPPRESSED } from '../examples/meta.ts';

const n = (v: number) => ({ kind: 'number' as const, n: v });
export const benchmarkExamples = {
  /** A rate with a withheld neighbour and a missing one. */
  rate: {
    meta: exampleMeta('benchmark-rate', 'Synthetic rate: one council against its neighbours'),
    unit: 'rate-per-10k',
    measure: 'Synthetic rate',
    takeaway: 'Westshire is higher than its neighbours’ median (synthetic).',
    suppressedKey: EXAMPLE_SUPPRESSED,
    rows: [
      { key: 'a', label: 'Westshire', role: 'area', shown: n(72) },
      { key: 'n1', label: 'Northshire', role: 'neighbour', shown: n(55) },
      { key: 'n2', label: 'Eastshire', role: 'neighbour', shown: { kind: 'suppressed', reason: 'source' } },
      { key: 'n3', label: 'Southshire', role: 'neighbour', shown: { kind: 'not-published' } },
      { key: 'm', label: "Neighbours' median", role: 'median', shown: n(55) },
      { key: 'r', label: 'Synthetic region', role: 'region', shown: n(60) },
      { key: 'e', label: 'England', role: 'england', shown: n(67) },
    ],
  },
  /** Money, in pounds. */
  money: {
    meta: exampleMeta('benchmark-money', 'Synthetic spend per child'),
    unit: 'gbp',
    measure: 'Synthetic spend per child',
    takeaway: 'Westshire spent less per child than England (synthetic).',
    suppressedKey: EXAMPLE_SUPPRESSED,
    rows: [
      { key: 'a', label: 'Westshire', role: 'area', shown: n(98000) },
      { key: 'e', label: 'England', role: 'england', shown: n(109000) },
    ],
  },
} satisfies Record<string, BenchmarkInput>;
