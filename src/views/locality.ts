/** One locality's page, and the localities index. */
import { localityCharts, localityIndexCharts } from './charts.ts';
import type { Model } from '../data/model.ts';
import type { Locality } from '../data/schemas/localities.ts';
import { marketNeedsForLocality, matrixForLocality, observationsForLocality, provisionForLocality, type CellState } from '../data/queries.ts';
import { countWord, formatShown, listWords } from '../text/format.ts';
import { gapSizeText } from '../text/gap-words.ts';
import { councilPath, localityHref, typeHref } from '../site/paths.ts';
import { citeView, gapViews, observationTable, provisionTable, type CiteView, type GapView, type ObservationTableView, type ProvisionTableView } from './parts.ts';
import { siteView, type PageMeta } from './site.ts';
import { localityFactItems } from './locality-facts.ts';

const STATE_WORDS: Record<CellState, string> = { gap: 'Stated need', provision: 'Provision named', suppressed: 'c (withheld)', 'not-published': 'not published' };

export interface LocalityView {
  meta: PageMeta;
  id: string;
  name: string;
  summary: string;
  places?: string;
  aliases?: string;
  note?: string;
  /** What the documents say about the locality in words (where a service works, where it is short). */
  facts: { text: string; cite: CiteView }[];
  needs: GapView[];
  cells: { type: { name: string; href: string }; state: string; notPublished: boolean; details: string[] }[];
  provision: ProvisionTableView | null;
  observations: ObservationTableView | null;
  asks: { text: string; cite: CiteView }[];
  charts: ReturnType<typeof localityCharts>;
}

export function localityView(m: Model, l: Locality): LocalityView {
  const site = siteView(m);
  const cells = matrixForLocality(m, l.id);
  const provision = provisionForLocality(m, l.id);
  const obs = observationsForLocality(m, l.id);
  const needCount = cells.reduce((n, c) => n + c.gaps.length, 0);
  return {
    meta: {
      title: `${l.name} locality`,
      description: `Homes and placements for children in care in ${l.name}, ${site.words.short}: ${needCount} stated ${needCount === 1 ? 'need' : 'needs'}, ${provision.length} named ${provision.length === 1 ? 'home or service' : 'homes and services'}, and what is not published.`,
      card: { number: String(needCount), label: `stated ${needCount === 1 ? 'need' : 'needs'} in ${l.name}; ${provision.length} named ${provision.length === 1 ? 'home or service' : 'homes and services'}` },
      kind: 'locality',
      audiences: ['providers', 'foster-carers', 'councillors'],
      localities: [l.id],
      crumbs: [{ label: 'Localities', href: councilPath(m.council.slug, 'localities/') }],
    },
    id: l.id,
    name: l.name,
    summary: l.summary,
    charts: localityCharts(m, l.id),
    places: l.places.length ? listWords(l.places) : undefined,
    aliases: l.aliases.length ? listWords(l.aliases.map((a) => `“${a}”`)) : undefined,
    note: l.note,
    facts: localityFactItems(m, l.id),
    needs: gapViews(m, cells.flatMap((c) => c.gaps)),
    cells: cells.map((c) => ({
      type: { name: site.typeNames.get(c.type) ?? c.type, href: typeHref(m.council.slug, c.type) },
      state: STATE_WORDS[c.state],
      notPublished: c.state === 'not-published',
      details: [
        ...c.gaps.map((g) => `${gapSizeText(g)}${g.need.kind === 'additional' ? ' needed' : ''}`),
        ...c.provision.map((p) => `${p.name}: ${formatShown(p.shown, p.unit, p.qualifier)}`),
      ],
    })),
    provision: provision.length ? provisionTable(m, provision, `Homes and services in ${l.name}`, { showType: true, showLocality: false }) : null,
    observations: obs.length ? observationTable(m, obs, `Published figures for ${l.name}`) : null,
    asks: marketNeedsForLocality(m, l.id).map((a) => ({ text: a.text, cite: citeView(m, a) })),
  };
}

export interface LocalityIndexView {
  meta: PageMeta;
  intro: string;
  localities: { name: string; href: string; summary: string }[];
  charts: ReturnType<typeof localityIndexCharts>;
}

export function localityIndexView(m: Model): LocalityIndexView {
  const w = siteView(m).words;
  const n = countWord(m.localities.length);
  return {
    meta: {
      title: 'Localities',
      description: `The ${n} localities of ${w.full}'s children's services and what is published about homes and needs in each.`,
      kind: 'index',
      crumbs: [{ label: 'Localities', href: councilPath(m.council.slug, 'localities/') }],
    },
    intro: `${w.full}'s children's services work in ${n} localities. Most figures in the strategy are for the whole county; where a figure for a locality is not published, its page says so.`,
    localities: m.localities.map((l) => ({ name: l.name, href: localityHref(m.council.slug, l.id), summary: l.summary })),
    charts: localityIndexCharts(m),
  };
}
