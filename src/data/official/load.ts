/**
 * Reads data/official/ (written by the importers, scripts/import/) and validates every file
 * against the schemas the importers wrote it with. Throws one DataError listing every problem.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, folderLabel } from '../load.ts';
import { DataError, type DataIssue } from '../data-error.ts';
import { Measures } from '../schemas/measures.ts';
import { OfficialAreas, Revisions } from '../schemas/official.ts';
import { ConstituencyAreas, ConstituencyObservations, Districts, ImportedSources, ImportNotes, Inspections, OfficialObservations, StatisticalNeighbours } from '../schemas/official-import.ts';
import { keepValidated, officialKey, readValidated } from './validated-cache.ts';

export const OFFICIAL_FILES = {
  areas: { file: 'areas.json', schema: OfficialAreas },
  measures: { file: 'measures.json', schema: Measures },
  sources: { file: 'sources.json', schema: ImportedSources },
  revisions: { file: 'revisions.json', schema: Revisions },
  notes: { file: 'notes.json', schema: ImportNotes },
  districts: { file: 'districts.json', schema: Districts },
  constituencies: { file: 'constituencies.json', schema: ConstituencyAreas },
  neighbours: { file: 'neighbours.json', schema: StatisticalNeighbours },
  inspections: { file: 'inspections.json', schema: Inspections },
} as const;

/** Observation files whose areas are constituencies (slug ids), not ONS codes. */
export const CONSTITUENCY_OBSERVATIONS = 'ofsted-constituencies.json';

type Files = typeof OFFICIAL_FILES;
export type RawOfficial = { [K in keyof Files]: z.infer<Files[K]['schema']> } & {
  observations: { file: string; rows: z.infer<typeof OfficialObservations> }[];
  constituencyObservations: z.infer<typeof ConstituencyObservations>;
};

export function loadOfficialData(dir: string, label = folderLabel(dir)): RawOfficial {
  // The same bytes, checked by the same code, were valid before: read them back (validated-cache.ts).
  const obsNames = existsSync(join(dir, 'observations')) ? readdirSync(join(dir, 'observations')).filter((f) => f.endsWith('.json')).sort() : [];
  const key = officialKey([...Object.values(OFFICIAL_FILES).map((f) => join(dir, f.file)), ...obsNames.map((n) => join(dir, 'observations', n))]);
  const kept = readValidated<RawOfficial>(key);
  if (kept) return kept;
  const data = validateOfficialData(dir, label);
  keepValidated(key, data);
  return data;
}

function validateOfficialData(dir: string, label: string): RawOfficial {
  const issues: DataIssue[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, { file, schema }] of Object.entries(OFFICIAL_FILES)) {
    const full = join(dir, file);
    if (!existsSync(full)) issues.push({ file: `${label}/${file}`, path: '', message: 'is missing (run npm run import)' });
    else out[key] = readJsonFile(full, `${label}/${file}`, schema, issues);
  }
  const obsDir = join(dir, 'observations');
  const names = existsSync(obsDir) ? readdirSync(obsDir).filter((f) => f.endsWith('.json')).sort() : [];
  out.observations = names
    .filter((n) => n !== CONSTITUENCY_OBSERVATIONS)
    .map((name) => ({ file: `observations/${name}`, rows: readJsonFile(join(obsDir, name), `${label}/observations/${name}`, OfficialObservations, issues) ?? [] }));
  out.constituencyObservations = names.includes(CONSTITUENCY_OBSERVATIONS)
    ? (readJsonFile(join(obsDir, CONSTITUENCY_OBSERVATIONS), `${label}/observations/${CONSTITUENCY_OBSERVATIONS}`, ConstituencyObservations, issues) ?? [])
    : [];
  if (issues.length) throw new DataError(issues);
  const data = out as RawOfficial;
  const cross = crossCheckOfficial(data, label);
  if (cross.length) throw new DataError(cross);
  return data;
}

/** Every observation names a known area, measure and source. */
function crossCheckOfficial(d: RawOfficial, label: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const areas = new Set(d.areas.map((a) => a.code));
  const measures = new Set(d.measures.map((m) => m.id));
  const sources = new Set(d.sources.map((s) => s.id));
  const constituencies = new Set(d.constituencies.map((c) => c.id));
  const check = (file: string, rows: readonly { measure: string; area: string; source: string }[], known: Set<string>) =>
    rows.forEach((o, i) => {
      const at = (k: string, what: string, v: string) => issues.push({ file: `${label}/${file}`, path: `[${i}].${k}`, message: `names ${what} "${v}", which is not in ${what === 'area' ? 'areas.json' : what === 'constituency' ? 'constituencies.json' : what + 's.json'}` });
      if (!known.has(o.area)) at('area', known === areas ? 'area' : 'constituency', o.area);
      if (!measures.has(o.measure)) at('measure', 'measure', o.measure);
      if (!sources.has(o.source)) at('source', 'source', o.source);
    });
  for (const f of d.observations) check(f.file, f.rows, areas);
  for (const [code, list] of Object.entries(d.neighbours.neighbours))
    for (const [i, n] of [[-1, { code }] as const, ...list.map((n, i) => [i, n] as const)])
      if (!areas.has(n.code)) issues.push({ file: `${label}/neighbours.json`, path: i < 0 ? `neighbours.${code}` : `neighbours.${code}[${i}].code`, message: `names area "${n.code}", which is not in areas.json` });
  d.inspections.forEach((x, i) => {
    if (!areas.has(x.area)) issues.push({ file: `${label}/inspections.json`, path: `[${i}].area`, message: `names area "${x.area}", which is not in areas.json` });
    if (!sources.has(x.source)) issues.push({ file: `${label}/inspections.json`, path: `[${i}].source`, message: `names source "${x.source}", which is not in sources.json` });
  });
  if (!sources.has(d.neighbours.source)) issues.push({ file: `${label}/neighbours.json`, path: 'source', message: `names source "${d.neighbours.source}", which is not in sources.json` });
  check(`observations/${CONSTITUENCY_OBSERVATIONS}`, d.constituencyObservations, constituencies);
  return issues.slice(0, 50);
}
