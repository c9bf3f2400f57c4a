/**
 * What the documents say about each locality, in one table for the audience pages: the facts in
 * words (localities.json) and every figure published for a locality, each with its source. Most
 * figures are county-wide, so this is where a reader sees which areas the documents single out.
 */
import type { Model } from '../data/model.ts';
import { observationsForLocality } from '../data/queries.ts';
import { formatShown, whenText } from '../text/format.ts';
import { localityHref } from '../site/paths.ts';
import { citeView, type CiteView } from './parts.ts';

export interface LocalityFactsView {
  caption: string;
  rows: { name: string; href: string; items: { text: string; cite: CiteView }[] }[];
  /** Localities the documents say nothing particular about. */
  silent: { name: string; href: string }[];
}

/** The facts a locality's own page leads with: its documented facts in words. */
export const localityFactItems = (m: Model, id: string) => (m.localities.find((l) => l.id === id)?.facts ?? []).map((f) => ({ text: f.text, cite: citeView(m, f) }));

export function localityFactsView(m: Model): LocalityFactsView {
  const all = m.localities.map((l) => ({
    name: l.name,
    href: localityHref(m.council.slug, l.id),
    items: [
      ...observationsForLocality(m, l.id).map((o) => ({ text: `${o.label}: ${formatShown(o.shown, o.unit, o.qualifier)} (${whenText(o)}).`, cite: citeView(m, o, false) })),
      ...localityFactItems(m, l.id),
    ],
  }));
  return {
    caption: 'What the documents say about each locality',
    rows: all.filter((r) => r.items.length),
    silent: all.filter((r) => !r.items.length).map(({ name, href }) => ({ name, href })),
  };
}
