/**
 * Runs every importer on a folder of official files, validates everything with the zod
 * schemas and only then writes data/official/ atomically: into a temporary sibling folder,
 * renamed over the old one. A failed import leaves the output folder exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { Measures } from '../../src/data/schemas/measures.ts';
import { OfficialAreas, Revisions } from '../../src/data/schemas/official.ts';
import { ConstituencyAreas, ConstituencyObservations, Districts, ImportedSources, ImportNotes, OfficialObservations } from '../../src/data/schemas/official-import.ts';
import { loadAreas } from './areas.ts';
import { buildCouncilShapes, SHAPES_FILE } from './boundaries.ts';
import { MeasureRegistry, type Obs } from './collect.ts';
import type { Ctx, DatasetOutput } from './context.ts';
import { ImportError } from './errors.ts';
import { CouncilShapes } from '../../src/data/schemas/shapes.ts';
import { SOURCES } from './sources.ts';
import { importClaNumber } from './datasets/cla-number.ts';
import { importCharacteristics } from './datasets/characteristics.ts';
import { importNetGain, importNewPlacements, importStability } from './datasets/placement-location.ts';
import { importNationalProvider } from './datasets/national-provider.ts';
import { importOfsted } from './datasets/ofsted.ts';

export const IMPORTERS = [importClaNumber, importCharacteristics, importNetGain, importNewPlacements, importStability, importNationalProvider, importOfsted];

export interface ImportSummary {
  outDir: string;
  files: Record<string, number>;
  observations: Record<string, number>;
  rowsRead: Record<string, number>;
  revisions: number;
  notes: number;
  areas: { councils: number; regions: number; replaced: number; constituencies: number };
  /** Shapes in council-shapes.topo.json. */
  shapes: { councils: number; regions: number };
}

/** Stable order: measure, area, date, period, then the rest as text. */
function sortObs<T extends { measure: string; area: string; asAt: string; period?: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.measure.localeCompare(b.measure) || a.area.localeCompare(b.area) || a.asAt.localeCompare(b.asAt) || (a.period ?? '').localeCompare(b.period ?? ''));
}

/** A JSON array with one item per line: diffs stay readable and files stay small. */
export function jsonLines(items: unknown[]): string {
  return items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n` : '[]\n';
}

function validate<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ImportError(what, `does not match its schema at ${i.path.join('.')}: ${i.message} (${r.error.issues.length} problem(s))`);
  }
  // Written as built (key order as built); the schema only checks it.
  return data as T;
}

export function buildOfficial(inDir: string): { files: Map<string, string>; summary: Omit<ImportSummary, 'outDir' | 'files'> } {
  const dir = resolve(inDir);
  if (!existsSync(dir)) throw new ImportError(inDir, 'no such folder');
  const areas = loadAreas(dir);
  const ctx: Ctx = { dir, areas, measures: new MeasureRegistry() };
  const outputs: DatasetOutput[] = IMPORTERS.map((f) => f(ctx));

  const files = new Map<string, string>();
  const observations: Record<string, number> = {};
  const rowsRead: Record<string, number> = {};
  const usedSources = new Set<string>([SOURCES.laList2025.id, SOURCES.onsLookup.id, SOURCES.onsBoundaries.id]);
  const measureIds = new Set(ctx.measures.byId.keys());
  const areaCodes = new Set(areas.list.map((a) => a.code));
  for (const out of outputs) {
    const obs = validate(OfficialObservations, sortObs(out.observations), `observations/${out.id}.json`) as Obs[];
    for (const o of obs) {
      if (!measureIds.has(o.measure)) throw new ImportError(`observations/${out.id}.json`, `unknown measure ${o.measure}`);
      if (!areaCodes.has(o.area as string)) throw new ImportError(`observations/${out.id}.json`, `unknown area ${o.area}`);
      usedSources.add(o.source);
    }
    files.set(`observations/${out.id}.json`, jsonLines(obs));
    observations[out.id] = obs.length;
    Object.assign(rowsRead, out.rowsRead);
  }
  const revisions = outputs.flatMap((o) => o.revisions ?? []);
  revisions.sort((a, b) => a.measure.localeCompare(b.measure) || a.area.localeCompare(b.area) || a.asAt.localeCompare(b.asAt));
  files.set('revisions.json', jsonLines(validate(Revisions, revisions, 'revisions.json')));
  const notes = outputs.flatMap((o) => o.notes ?? []);
  files.set('notes.json', jsonLines(validate(ImportNotes, notes, 'notes.json')));

  const cons = outputs.flatMap((o) => (o.constituencies ? [o.constituencies] : []));
  const consAreas = cons.flatMap((c) => c.areas);
  const consObs = sortObs(cons.flatMap((c) => c.observations));
  for (const c of consAreas) if (!areaCodes.has(c.parent)) throw new ImportError('constituencies.json', `unknown council ${c.parent}`);
  files.set('constituencies.json', jsonLines(validate(ConstituencyAreas, consAreas, 'constituencies.json')));
  files.set('observations/ofsted-constituencies.json', jsonLines(validate(ConstituencyObservations, consObs, 'observations/ofsted-constituencies.json')));
  observations['ofsted-constituencies'] = consObs.length;
  for (const o of consObs) usedSources.add(o.source);

  files.set('areas.json', jsonLines(validate(OfficialAreas, areas.list, 'areas.json')));
  const shapes = buildCouncilShapes(dir, areas);
  validate(CouncilShapes, JSON.parse(shapes.text), SHAPES_FILE);
  files.set(SHAPES_FILE, shapes.text);
  files.set('districts.json', jsonLines(validate(Districts, areas.districts, 'districts.json')));
  files.set('measures.json', jsonLines(validate(Measures, ctx.measures.list(), 'measures.json')));
  const sources = Object.values(SOURCES).filter((s) => usedSources.has(s.id));
  for (const id of usedSources) if (!sources.some((s) => s.id === id)) throw new ImportError('sources.json', `observations name an unknown source ${id}`);
  files.set('sources.json', jsonLines(validate(ImportedSources, sources.sort((a, b) => a.id.localeCompare(b.id)), 'sources.json')));

  const councils = areas.list.filter((a) => a.level === 'council');
  return {
    files,
    summary: {
      observations,
      rowsRead,
      revisions: revisions.length,
      notes: notes.length,
      areas: { councils: councils.length, regions: areas.list.filter((a) => a.level === 'region').length, replaced: councils.filter((a) => a.status === 'replaced').length, constituencies: consAreas.length },
      shapes: { councils: shapes.councils, regions: shapes.regions },
    },
  };
}

/** Replace outDir with exactly these files; the old folder survives any failure before the swap. */
export function writeAtomically(outDir: string, files: Map<string, string>): void {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.tmp-${process.pid}-${Date.now()}`);
  const old = join(parent, `.${basename(out)}.old-${process.pid}-${Date.now()}`);
  try {
    for (const [name, text] of files) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), text);
    }
    const had = existsSync(out);
    if (had) renameSync(out, old);
    try {
      renameSync(tmp, out);
    } catch (e) {
      if (had) renameSync(old, out);
      throw e;
    }
    if (had) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function runImport(inDir: string, outDir = 'data/official'): ImportSummary {
  const { files, summary } = buildOfficial(inDir);
  writeAtomically(outDir, files);
  return { outDir, files: Object.fromEntries([...files].map(([k, v]) => [k, Buffer.byteLength(v)])), ...summary };
}
