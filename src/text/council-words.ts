/** How pages name the council and its area, from council.json: never written into src/. */
import type { Council } from '../data/schemas/council.ts';

export interface CouncilWords {
  /** "Westshire Council" */
  full: string;
  /** "Westshire" */
  short: string;
  /** "Westshire Council carers", capitalised as the council writes it. */
  carers: string;
  /** "in Westshire" */
  inArea: string;
  /** "outside Westshire" */
  outsideArea: string;
  /** "Westshire's" */
  possessive: string;
}

export function councilWords(c: Council): CouncilWords {
  const { full, short, carers } = c.names;
  return {
    full,
    short,
    carers,
    inArea: `in ${short}`,
    outsideArea: `outside ${short}`,
    possessive: short.endsWith('s') ? `${short}'` : `${short}'s`,
  };
}

/** Who runs a home, in words: the council is named from its data. */
export function operatorWords(c: Council): Record<'council' | 'external' | 'nhs' | 'partnership', string> {
  return { council: c.names.full, external: 'External provider', nhs: 'NHS', partnership: 'Partnership' };
}
