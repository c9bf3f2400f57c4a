/** Examples for trendChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { TrendInput } from './draw.ts';
import { exampleMeta } from '../examples/meta.ts';

export const trendExamples = {
  /** One series with a peak, a not-published point and a c point. */
  single: {
    meta: exampleMeta('trend-single', 'Synthetic count over time'),
    unit: 'children',
    measure: 'The synthetic count',
    series: [
      {
        key: 'count',
        label: 'Synthetic count',
        points: [
          { date: '2019-03-31', label: '2019', shown: { kind: 'number', n: 200 } },
          { date: '2020-03-31', label: '2020', shown: { kind: 'number', n: 260 } },
          { date: '2021-03-31', label: '2021', shown: { kind: 'not-published' } },
          { date: '2022-03-31', label: '2022', shown: { kind: 'suppressed', reason: 'primary' } },
          { date: '2023-03-31', label: '2023', shown: { kind: 'number', n: 240 } },
        ],
      },
    ],
  },
  /** Two series (budget and actual). */
  pair: {
    meta: exampleMeta('trend-pair', 'Synthetic budget and spend'),
    unit: 'gbp',
    measure: 'Synthetic spend',
    series: [
      { key: 'budget', label: 'Budget', points: [{ date: '2021-03-31', label: '2020/21', shown: { kind: 'number', n: 1000000 } }, { date: '2022-03-31', label: '2021/22', shown: { kind: 'number', n: 1100000 } }] },
      { key: 'actual', label: 'Actual spending', points: [{ date: '2021-03-31', label: '2020/21', shown: { kind: 'number', n: 1200000 } }, { date: '2022-03-31', label: '2021/22', shown: { kind: 'number', n: 1300000 } }] },
    ],
  },
} satisfies Record<string, TrendInput>;
