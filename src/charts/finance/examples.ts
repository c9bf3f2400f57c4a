/** Examples for financeChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { FinanceInput } from './draw.ts';
import { exampleMeta } from '../examples/meta.ts';

const src = 'Synthetic test data, table 1';
const n = (v: number) => ({ kind: 'number', n: v }) as const;

export const financeExamples = {
  /** Two types over three years: one over budget, one under; a forecast; an undated year; a sum not published. */
  twoTypes: {
    meta: exampleMeta('finance-two-types', 'Synthetic budgets and spending by type'),
    groups: [
      {
        key: 'council-fostering',
        label: 'Council foster carers',
        bars: [
          { key: 'cf-1-b', year: '2021/22', kind: 'budget', label: 'Budget', forecast: false, shown: n(3_000_000), asAt: '2022-03-31', source: src },
          { key: 'cf-1-s', year: '2021/22', kind: 'spend', label: 'Spending', forecast: false, shown: n(2_400_000), asAt: '2022-03-31', source: src },
          { key: 'cf-1-u', year: '2021/22', kind: 'under', label: 'Underspend', forecast: false, shown: n(600_000), asAt: '2022-03-31', source: src },
          { key: 'cf-2-b', year: '2022/23', kind: 'budget', label: 'Budget', forecast: false, shown: n(3_200_000), asAt: '2023-03-31', source: src },
          { key: 'cf-2-u', year: '2022/23', kind: 'under', label: 'Underspend', forecast: true, shown: n(450_000), asAt: '2023-03-31', source: src },
        ],
      },
      {
        key: 'agency-fostering',
        label: 'Agency foster carers',
        bars: [
          { key: 'af-1-b', year: '2021/22', kind: 'budget', label: 'Budget', forecast: false, shown: n(1_500_000), asAt: '2022-03-31', source: src },
          { key: 'af-1-s', year: '2021/22', kind: 'spend', label: 'Spending', forecast: false, shown: n(3_900_000), asAt: '2022-03-31', source: src },
          { key: 'af-1-o', year: '2021/22', kind: 'over', label: 'Overspend', forecast: false, shown: n(2_400_000), asAt: '2022-03-31', source: src },
          { key: 'af-2-s', year: '2022/23', kind: 'spend', label: 'Spending', forecast: true, shown: { kind: 'not-published' }, asAt: '2023-03-31', source: src, yearUncertain: true, note: 'The document says only "this year".' },
        ],
      },
    ],
  },
  /** One group, differences only: the takeaway and the axis with no budget or spending. */
  overspendsOnly: {
    meta: exampleMeta('finance-overspends', 'Synthetic overspends'),
    groups: [
      {
        key: 'bought-in',
        label: 'Placements bought from providers',
        bars: [
          { key: 'b-1', year: '2022/23', kind: 'over', label: 'Overspend', forecast: false, shown: n(1_800_000), asAt: '2023-03-31', source: src },
          { key: 'b-2', year: '2023/24', kind: 'over', label: 'Overspend', forecast: true, shown: n(900_000), asAt: '2023-12-31', source: src },
        ],
      },
    ],
  },
} satisfies Record<string, FinanceInput>;
