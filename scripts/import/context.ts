import type { AreaIndex } from './areas.ts';
import type { MeasureRegistry, Obs } from './collect.ts';
import type { Revision } from '../../src/data/schemas/official.ts';
import type { ConstituencyArea, ConstituencyObservation, ImportNote } from '../../src/data/schemas/official-import.ts';

export interface Ctx {
  dir: string;
  areas: AreaIndex;
  measures: MeasureRegistry;
}

export interface DatasetOutput {
  /** File name under observations/ without ".json". */
  id: string;
  observations: Obs[];
  /** Source rows read per file (for the report). */
  rowsRead: Record<string, number>;
  revisions?: Revision[];
  notes?: ImportNote[];
  constituencies?: { areas: ConstituencyArea[]; observations: ConstituencyObservation[] };
}
