/** One schema per data file; the loader reads this table. */
import { z } from 'zod';
import { Authority } from './authority.ts';
import { Sources } from './sources.ts';
import { Localities } from './localities.ts';
import { PlacementTypes } from './placement-types.ts';
import { Figures } from './figures.ts';
import { Needs } from './needs.ts';
import { Provisions } from './provision.ts';
import { Priorities } from './priorities.ts';
import { MarketNeeds } from './market-needs.ts';
import { FinanceLines } from './finance.ts';

export const DATA_FILES = {
  authority: { file: 'authority.json', schema: Authority },
  sources: { file: 'sources.json', schema: Sources },
  localities: { file: 'localities.json', schema: Localities },
  placementTypes: { file: 'placement-types.json', schema: PlacementTypes },
  figures: { file: 'figures.json', schema: Figures },
  needs: { file: 'needs.json', schema: Needs },
  provision: { file: 'provision.json', schema: Provisions },
  priorities: { file: 'priorities.json', schema: Priorities },
  marketNeeds: { file: 'market-needs.json', schema: MarketNeeds },
  finance: { file: 'finance.json', schema: FinanceLines },
} as const;

export type DataKey = keyof typeof DATA_FILES;
export type RawData = { [K in DataKey]: z.infer<(typeof DATA_FILES)[K]['schema']> };
