/** One schema per file of a council's data folder; the loader reads this table. */
import { z } from 'zod';
import { Council } from './council.ts';
import { Sources } from './sources.ts';
import { Localities } from './localities.ts';
import { PlacementTypes } from './placement-types.ts';
import { Measures } from './measures.ts';
import { Observations } from './observations.ts';
import { Needs } from './needs.ts';
import { Provisions } from './provision.ts';
import { Priorities } from './priorities.ts';
import { MarketNeeds } from './market-needs.ts';
import { FinanceLines } from './finance.ts';
import { FinanceFigures } from './finance-figures.ts';
import { LocalityMap, WardLocalities } from './locality-map.ts';
import { OfficialPairs } from './official-pairs.ts';
import { CouncilSearchTerms } from './search.ts';
import { FosteringOffer } from './fostering-offer.ts';

export const COUNCIL_FILES = {
  council: { file: 'council.json', schema: Council },
  sources: { file: 'sources.json', schema: Sources },
  localities: { file: 'localities.json', schema: Localities },
  placementTypes: { file: 'placement-types.json', schema: PlacementTypes },
  measures: { file: 'measures.json', schema: Measures },
  needs: { file: 'needs.json', schema: Needs },
  provision: { file: 'provision.json', schema: Provisions },
  priorities: { file: 'priorities.json', schema: Priorities },
  marketNeeds: { file: 'market-needs.json', schema: MarketNeeds },
  finance: { file: 'finance.json', schema: FinanceLines },
} as const;

/** Files a council may leave out: without them it gets no locality map, no comparison with official figures, search knowing only its pages' own words, or no spending chart beyond its fostering table. */
export const OPTIONAL_FILES = {
  wardLocalities: { file: 'ward-localities.json', schema: WardLocalities },
  localityMap: { file: 'localities.geo.json', schema: LocalityMap },
  officialPairs: { file: 'official-pairs.json', schema: OfficialPairs },
  searchTerms: { file: 'search-terms.json', schema: CouncilSearchTerms },
  financeFigures: { file: 'finance-figures.json', schema: FinanceFigures },
  fosteringOffer: { file: 'fostering-offer.json', schema: FosteringOffer },
} as const;

/** Observations live one file per source in this folder: observations/<source id>.json. */
export const OBSERVATIONS_DIR = 'observations';
export { Observations };

export type DataKey = keyof typeof COUNCIL_FILES;
export type OptionalKey = keyof typeof OPTIONAL_FILES;
export interface ObservationFile {
  /** Path inside the council folder, e.g. "observations/sp-2024.json". */
  file: string;
  rows: z.infer<typeof Observations>;
}
/** One file of the council's prose (MDX), as written, for the disclosure guard. */
export interface ProseFile {
  /** Path shown in messages, e.g. "content/councils/<slug>/fostering.mdx". */
  file: string;
  text: string;
}
export type RawData = { [K in DataKey]: z.infer<(typeof COUNCIL_FILES)[K]['schema']> } & {
  [K in OptionalKey]?: z.infer<(typeof OPTIONAL_FILES)[K]['schema']>;
} & { observations: ObservationFile[]; prose?: ProseFile[] };
