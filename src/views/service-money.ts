/**
 * The sums the documents give for the whole of children's services (finance-figures.json rows
 * with no placement type): budget, outturn, overspend, lost income, savings, by year. A table,
 * not a chart: the whole service's budget is tens of times any one placement type's, and it
 * is a councillor's check on the totals, with every figure's source beside it.
 */
import type { Model } from '../data/model.ts';
import type { FinanceFigure } from '../data/schemas/finance-figures.ts';
import { formatShown } from '../text/format.ts';
import { citeView, type CiteView } from './parts.ts';

const WHAT: Record<FinanceFigure['amount'], string> = {
  budget: 'Budget',
  'extra-budget': 'Extra budget',
  spend: 'Spending',
  overspend: 'Overspend',
  underspend: 'Underspend',
  'income-shortfall': 'Income not received',
  savings: 'Savings',
  'cost-per-placement': 'Average cost per placement',
};
const BASIS: Record<FinanceFigure['basis'], string> = { outturn: 'final', forecast: 'forecast', plan: 'planned' };

export interface ServiceMoneyView {
  caption: string;
  rows: { year: string; covers: string; what: string; basis: string; value: string; note?: string; cite: CiteView }[];
}

/** null when the council gives no whole-service sums. */
export function serviceMoneyView(m: Model): ServiceMoneyView | null {
  const rows = m.financeFigures
    .filter((f) => !f.placementTypes.length)
    .sort((a, b) => a.year.localeCompare(b.year))
    .map((f) => ({
      year: f.year,
      covers: f.covers,
      what: WHAT[f.amount],
      basis: BASIS[f.basis],
      value: formatShown(f.gbp, 'gbp'),
      note: [f.printed ? `Printed as ${f.printed}.` : '', f.note ?? ''].filter(Boolean).join(' ') || undefined,
      cite: citeView(m, f),
    }));
  return rows.length ? { caption: 'The whole service: budget, spending and savings by financial year', rows } : null;
}
