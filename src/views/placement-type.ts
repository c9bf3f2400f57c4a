/** One placement type's page: needs, supply, children, asks and priorities for that type. */
import { placementTypeCharts } from './charts.ts';
import type { Model, ShownObservation, ShownProvision } from '../data/model.ts';
import type { Gap } from '../data/gaps.ts';
import type { PlacementType } from '../data/schemas/placement-types.ts';
import { gapsForType, outlookForType, marketNeedsForType, observationsForType, provisionForType } from '../data/queries.ts';
import { countWord, formatShown, whenText, words } from '../text/format.ts';
import { gapSizeText } from '../text/gap-words.ts';
import { dueView } from './parts.ts';
import { inSentence } from '../text/case.ts';
import { councilPath, localityHref, priorityHref } from '../site/paths.ts';
import { citeView, gapViews, outlookViews, observationTable, provisionTable, type CiteView, type GapView, type ObservationTableView, type ProvisionTableView } from './parts.ts';
import type { PageMeta } from './site.ts';
import { siteView } from './site.ts';
import { constituencyView, officialCompareView, type ConstituencyView, type OfficialCompareView } from './official-compare.ts';
import { properNames } from '../text/council-words.ts';

export interface PlacementTypeView {
  meta: PageMeta;
  id: string;
  name: string;
  description: string;
  needs: GapView[];
  /** Forecasts of demand and targets for this type: not shortfalls. */
  outlook: GapView[];
  localityRows: { name: string; href: string; needs: { size: string; timeframe: string }[]; provision: { text: string; status: string }[] }[];
  countyWide: number;
  supply: ObservationTableView;
  provision: ProvisionTableView | null;
  children: ObservationTableView | null;
  other: { heading: string; table: ObservationTableView } | null;
  asks: { text: string; earlier: boolean; cite: CiteView }[];
  historic: GapView[];
  priorities: { text: string; href: string }[];
  officialCategory: string | null;
  charts: ReturnType<typeof placementTypeCharts>;
  /** Three to five points, each with its number, that open the page. */
  summary: string[];
  /** The type's figures beside the official ones, and official figures by constituency, when the council pairs any. */
  official: OfficialCompareView | null;
  constituencies: ConstituencyView | null;
}

/** "by October 2024, overdue": when a need is due and its state on the build date, in a few words. */
function dueSummary(m: Model, g: Gap): string {
  const d = dueView(m, g.need);
  return d.when ? `${d.when.charAt(0).toLowerCase()}${d.when.slice(1)}, ${d.label.toLowerCase()}` : g.need.timeframe;
}

/** The first opening point with a number in it, for the page's description. */
const keyPoint = (points: readonly string[], provision: readonly ShownProvision[]) =>
  points.find((p) => /\d/.test(p)) ?? `${points[0] ?? ''} ${provision.filter((p) => p.status !== 'closed').length} named homes and services.`.trim();

/** The page's opening points: needs, supply, children, named settings; each with a number. */
function typeSummary(m: Model, current: readonly Gap[], supply: readonly ShownObservation[], placed: readonly ShownObservation[], provision: readonly ShownProvision[]): string[] {
  const out: string[] = [];
  const published = (o: ShownObservation) => o.shown.kind === 'number' || o.shown.kind === 'range';
  if (current.length) {
    const first = current[0];
    out.push(`${countWord(current.length).replace(/^./, (c) => c.toUpperCase())} stated ${current.length === 1 ? 'need' : 'needs'}${current.length > 1 ? '; the first' : ''}: ${gapSizeText(first)} (${dueSummary(m, first)}).`);
  } else out.push('The strategy states no need or shortfall for this placement type.');
  const s = supply.find(published);
  if (s) out.push(`${s.label}: ${formatShown(s.shown, s.unit, s.qualifier)} (${whenText(s)}).`);
  const c = placed.find(published);
  if (c) out.push(`${c.label}: ${formatShown(c.shown, c.unit, c.qualifier)} (${whenText(c)}).`);
  const open = provision.filter((p) => p.status !== 'closed');
  if (open.length) out.push(`${countWord(open.length).replace(/^./, (x) => x.toUpperCase())} named ${open.length === 1 ? 'home or service' : 'homes and services'}.`);
  return out.slice(0, 5);
}

export function placementTypeView(m: Model, t: PlacementType): PlacementTypeView {
  const site = siteView(m);
  const obs = [...observationsForType(m, t.id)].sort((a, b) => b.asAt.localeCompare(a.asAt));
  const placed = obs.filter((o) => o.topic === 'placed' || o.topic === 'location');
  const supply = obs.filter((o) => o.topic === 'supply');
  const other = obs.filter((o) => !placed.includes(o) && !supply.includes(o));
  const gaps = gapsForType(m, t.id);
  const current = gaps.filter((g) => !g.need.historic);
  const provision = provisionForType(m, t.id);
  const lower = inSentence(t.name, properNames(m.council, m.localities));
  return {
    meta: {
      title: t.name,
      description: `${t.name} for children in care in ${site.words.short}: ${keyPoint(typeSummary(m, current, supply, placed, provision), provision)} What the council has, what it needs, where and by when.`,
      card: current.length
        ? { number: gapSizeText(current[0]), label: dueSummary(m, current[0]).slice(0, 60) }
        : { number: String(provision.filter((p) => p.status !== 'closed').length), label: 'named homes and services; no stated shortfall' },
      kind: 'placement type',
      audiences: t.audiences,
      types: [t.id],
      crumbs: [{ label: 'Placement types', href: councilPath(m.council.slug, 'placement-types/') }],
    },
    id: t.id,
    name: t.name,
    description: t.description,
    charts: placementTypeCharts(m, t.id),
    needs: gapViews(m, current, false),
    outlook: outlookViews(m, outlookForType(m, t.id).filter((o) => !o.need.historic), false),
    localityRows: m.localities.map((l) => ({
      name: l.name,
      href: localityHref(m.council.slug, l.id),
      needs: current.filter((g) => g.need.locality === l.id).map((g) => ({ size: gapSizeText(g), timeframe: dueSummary(m, g) })),
      provision: provision
        .filter((p) => p.locality === l.id && p.status !== 'closed')
        .map((p) => ({ text: `${p.name}: ${formatShown(p.shown, p.unit, p.qualifier)}`, status: words(p.status) })),
    })),
    countyWide: current.filter((g) => !g.need.locality).length,
    supply: observationTable(m, supply, `${t.name}: carers, places and households`),
    provision: provision.length ? provisionTable(m, provision, `Named ${lower} settings`) : null,
    children: placed.length ? observationTable(m, placed, `Children and young people in ${lower}`) : null,
    other: other.length ? { heading: t.group === 'permanence' ? 'Outcomes and timeliness' : 'Other figures', table: observationTable(m, other, `Other figures about ${lower}`) } : null,
    asks: marketNeedsForType(m, t.id).map((a) => ({ text: a.text, earlier: !a.current, cite: citeView(m, a) })),
    historic: gapViews(m, gaps.filter((g) => g.need.historic), false),
    priorities: m.priorities
      .filter((p) => t.priorities.includes(p.id) || p.placementTypes.includes(t.id))
      .map((p) => ({ text: `Priority ${p.number}: ${p.title}`, href: priorityHref(m.council.slug, p.id) })),
    officialCategory: t.officialCategory,
    summary: typeSummary(m, current, supply, placed, provision),
    official: officialCompareView(m, { placementType: t.id }),
    constituencies: constituencyView(m, t.id),
  };
}

export interface PlacementTypeIndexView {
  meta: PageMeta;
  types: { name: string; href: string; description: string }[];
}

export function placementTypeIndexView(m: Model): PlacementTypeIndexView {
  return {
    meta: {
      title: 'Placement types',
      description: 'Every kind of home and placement the council uses for children in care and care leavers, with figures and gaps for each.',
      kind: 'index',
      crumbs: [{ label: 'Placement types', href: councilPath(m.council.slug, 'placement-types/') }],
    },
    types: m.placementTypes.map((t) => ({ name: t.name, href: councilPath(m.council.slug, `placement-types/${t.id}/`), description: t.description })),
  };
}
