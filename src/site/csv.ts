/** CSV downloads of exactly what the site publishes (after the disclosure rule). */
import { csvFormat } from 'd3';
import type { Model } from '../data/model.ts';
import type { Shown } from '../data/shown.ts';
import { symbolMeaning } from '../text/symbols.ts';

/** A value as CSV columns: value, low, high, status ("c" and "z"-style symbols as DfE uses). */
export function shownColumns(s: Shown): { value: string; low: string; high: string; status: string } {
  switch (s.kind) {
    case 'number':
      return { value: String(s.n), low: String(s.n), high: String(s.n), status: 'published' };
    case 'range':
      return { value: `${s.min} to ${s.max}`, low: String(s.min), high: String(s.max), status: 'published' };
    case 'suppressed':
      return { value: 'c', low: '', high: '', status: 'suppressed' };
    case 'symbol':
      return { value: s.symbol, low: '', high: '', status: symbolMeaning(s.symbol) };
    default:
      return { value: '', low: '', high: '', status: 'not published' };
  }
}

export const DOWNLOADS = {
  figures: 'Every published figure: children in care, placements, supply, care leavers and outcomes',
  needs: 'Stated needs and gaps, forecasts and targets, with current supply where comparable',
  provision: 'Named homes, services and their places',
  'success-measures': "The strategy's success measures: baseline, target and latest",
  'market-needs': 'What the council asks providers for',
  finance: 'Fostering budget and spend',
  'finance-figures': 'Other budgets, spending, overspends and savings by financial year, by placement type or for the whole service',
} as const;
export type DownloadId = keyof typeof DOWNLOADS;

const src = (m: Model, id: string) => m.sources.find((s) => s.id === id)!.title;

export function downloadCsv(m: Model, id: DownloadId): string {
  switch (id) {
    case 'figures':
      return csvFormat(
        m.observations.all.map((f) => ({
          measure: f.measure, label: f.label, topic: f.topic, area: f.area, cohort: f.cohort ?? '',
          placement_type: f.placementType ?? '', locality: f.locality ?? '', location: f.location ?? '', period: f.period ?? '',
          ...shownColumns(f.shown), qualifier: f.qualifier ?? '', unit: f.unit, derived: f.derived ? 'yes' : 'no',
          as_at: f.asAt, source: src(m, f.source), locator: f.locator, note: f.note ?? '',
        })),
      );
    case 'needs':
      return csvFormat(
        [...m.gaps, ...m.outlook].map((g) => ({
          id: g.need.id, statement: g.need.statement, placement_type: g.need.placementType, locality: g.need.locality ?? '',
          need_kind: g.need.kind, gap_kind: g.kind === 'forecast' || g.kind === 'target' ? 'not a shortfall' : g.kind, ...shownColumns(g.shown), qualifier: g.need.qualifier ?? '', unit: g.unit,
          per: g.need.per ?? '', timeframe: g.need.timeframe, historic: g.need.historic ? 'yes' : 'no',
          supply_measure: g.need.supplyMeasure ?? '', supply_as_at: g.supply?.asAt ?? '', supply_value: g.supply ? shownColumns(g.supply.shown).value : '',
          as_at: g.need.asAt, source: src(m, g.need.source), locator: g.need.locator,
        })),
      );
    case 'provision':
      return csvFormat(
        m.provision.map((p) => ({
          id: p.id, name: p.name, placement_type: p.placementType, locality: p.locality ?? '', locality_derived: p.localityDerived ? 'yes' : 'no',
          place: p.place ?? '', operator: p.operator, ...shownColumns(p.shown), qualifier: p.qualifier ?? '', unit: p.unit,
          ofsted: p.ofsted, status: p.status, when: p.when ?? '', as_at: p.asAt, source: src(m, p.source), locator: p.locator,
        })),
      );
    case 'success-measures':
      return csvFormat(
        m.priorities.flatMap((p) =>
          p.measures.map((me) => {
            const target = me.target === 'not-published' ? null : me.target;
            return {
              priority: p.number, measure: me.label, direction: me.direction,
              baseline: me.baseline ? shownColumns(me.baseline.shown).value : '', baseline_as_at: me.baseline?.asAt ?? '',
              target: target ? shownColumns(target.shown).value : 'not published',
              latest: me.latest ? shownColumns(me.latest.shown).value : '', latest_as_at: me.latest?.asAt ?? '',
              unit: me.baseline?.unit ?? '',
            };
          }),
        ),
      );
    case 'market-needs':
      return csvFormat(
        m.marketNeeds.map((n) => ({
          id: n.id, text: n.text, placement_types: n.placementTypes.join(' '), localities: n.localities.join(' '),
          cohort: n.cohort ?? '', needs: n.needs.join(' '), current: n.current ? 'yes' : 'no', as_at: n.asAt, source: src(m, n.source), locator: n.locator,
        })),
      );
    case 'finance':
      return csvFormat(
        m.finance.map((l) => ({
          year: l.year, line: l.line, expected_children: shownColumns(l.expectedChildren).value, budget_gbp: shownColumns(l.budgetGbp).value,
          actual_children: shownColumns(l.actualChildren).value, actual_gbp: shownColumns(l.actualGbp).value,
          variance_gbp: shownColumns(l.varianceGbp).value, variance: l.variance, note: l.note ?? '', source: src(m, l.source), locator: l.locator,
        })),
      );
    case 'finance-figures':
      return csvFormat(
        m.financeFigures.map((f) => ({
          id: f.id, year: f.year, placement_types: f.placementTypes.join(' '), covers: f.covers, amount: f.amount, basis: f.basis,
          gbp: shownColumns(f.gbp).value, printed: f.printed ?? '', year_note: f.yearNote ?? '', note: f.note ?? '',
          as_at: f.asAt, source: src(m, f.source), locator: f.locator,
        })),
      );
  }
}
