/** Collects observations and measures; refuses duplicates with the rows concerned. */
import type { Measure } from '../../src/data/schemas/measures.ts';
import type { OfficialObservation } from '../../src/data/schemas/official-import.ts';
import { ImportError } from './errors.ts';

export type Obs = OfficialObservation;

export function obsKey(o: { measure: string; area: string; asAt: string; period?: string }): string {
  return `${o.measure}|${o.area}|${o.asAt}|${o.period ?? ''}`;
}

export class Collector<T extends { measure: string; area: string; asAt: string; period?: string } = Obs> {
  readonly items: T[] = [];
  private readonly rows = new Map<string, number | undefined>();
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  /** column: the column whose value names what the row counts (named in a duplicate error). */
  add(o: T, row?: number, column?: string): void {
    const key = obsKey(o);
    if (this.rows.has(key)) {
      const first = this.rows.get(key);
      throw new ImportError(this.file, `duplicate row: ${o.measure} for ${o.area} at ${o.asAt} is already given${first !== undefined ? ` in row ${first}` : ''}`, { row, column });
    }
    this.rows.set(key, row);
    this.items.push(o);
  }
}

export class MeasureRegistry {
  readonly byId = new Map<string, Measure>();
  add(m: Omit<Measure, 'sourceKind'>): string {
    const full: Measure = { ...m, sourceKind: 'official' };
    const old = this.byId.get(m.id);
    if (old && JSON.stringify(old) !== JSON.stringify(full)) throw new Error(`measure ${m.id} defined twice with different texts`);
    this.byId.set(m.id, full);
    return m.id;
  }
  /** DfE's statement of which way is better (LAIT), with the LAIT measure it came from. */
  setPolarity(id: string, polarity: NonNullable<Measure['polarity']>, from: string): void {
    const m = this.byId.get(id);
    if (!m) throw new Error(`no measure ${id}`);
    this.byId.set(id, { ...m, polarity, polarityFrom: from });
  }
  /** The observations file that holds a measure; one measure, one file. */
  setDataset(id: string, dataset: string): void {
    const m = this.byId.get(id);
    if (!m) throw new Error(`no measure ${id}`);
    if (m.dataset && m.dataset !== dataset) throw new Error(`measure ${id} is observed in both ${m.dataset} and ${dataset}`);
    this.byId.set(id, { ...m, dataset });
  }
  list(): Measure[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
