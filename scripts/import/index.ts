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
import { ConstituencyAreas, ConstituencyObservations, Districts, ImportedSources, ImportNotes, Inspections, OfficialObservations, StatisticalNeighbours } from '../../src/data/schemas/official-import.ts';
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
import { importCareLeaversAccommodation, importCareLeaversActivity } from './datasets/care-leavers.ts';
import { importPopulation } from './datasets/population.ts';
import { importSpending } from './datasets/spending.ts';
import { importNeighbours } from './datasets/neighbours.ts';
import { importInspections } from './datasets/inspections.ts';
import { applyLaitPolarity } from './datasets/lait-polarity.ts';

export const IMPORTERS = [
  importClaNumber,
  importCharacteristics,
  importNetGain,
  importNewPlacements,
  importStability,
  importNationalProvider,
  importOfsted,
  importCareLeaversAccommodation,
  importCareLeaversActivity,
  importPopulation,
  importSpending,
];

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
  /** Councils in neighbours.json and inspections.json. */
  neighbours: number;
  inspections: number;
  /** Official measures matched to a LAIT measure, and how many of those DfE gives a polarity. */
  polarity: { matched: number; stated: number };
  /** Councils with at least one observation, per observations file. */
  councilsWith: Record<string, number>;
}

/** Stable order: measure, area, date, period, then the rest as text. */
function sortObs<T extends { measure: string; area: string; asAt: string; period?: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.measure.localeCompare(b.measure) || a.area.localeCompare(b.area) || a.asAt.localeCompare(b.asAt) || (a.period ?? '').localeCompare(b.period ?? ''));
}

/** A JSON object with one entry of each record per line (neighbours.json). */
export function jsonRecordLines(obj: Record<string, unknown>): string {
  const parts = Object.entries(obj).map(([k, v]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = Object.entries(v).map(([ik, iv]) => `${JSON.stringify(ik)}:${JSON.stringify(iv)}`);
      return `${JSON.stringify(k)}:{\n${inner.join(',\n')}\n}`;
    }
    return `${JSON.stringify(k)}:${JSON.stringify(v)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
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
  const neighbours = importNeighbours(ctx);
  const inspections = importInspections(ctx);
  const polarity = applyLaitPolarity(ctx);

  const files = new Map<string, string>();
  const observations: Record<string, number> = {};
  const rowsRead: Record<string, number> = {};
  const usedSources = new Set<string>([SOURCES.laList2025.id, SOURCES.onsLookup.id, SOURCES.onsBoundaries.id]);
  const measureIds = new Set(ctx.measures.byId.keys());
  const areaCodes = new Set(areas.list.map((a) => a.code));
  const councilsWith: Record<string, number> = {};
  for (const out of outputs) {
    const obs = validate(OfficialObservations, sortObs(out.observations), `observations/${out.id}.json`) as Obs[];
    for (const o of obs) {
      if (!measureIds.has(o.measure)) throw new ImportError(`observations/${out.id}.json`, `unknown measure ${o.measure}`);
      if (!areaCodes.has(o.area as string)) throw new ImportError(`observations/${out.id}.json`, `unknown area ${o.area}`);
      usedSources.add(o.source);
      ctx.measures.setDataset(o.measure, out.id);
    }
    councilsWith[out.id] = new Set(obs.filter((o) => areas.byCode.get(o.area as string)?.level === 'council').map((o) => o.area)).size;
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

  files.set('neighbours.json', jsonRecordLines(validate(StatisticalNeighbours, neighbours.neighbours, 'neighbours.json') as unknown as Record<string, unknown>));
  usedSources.add(neighbours.neighbours.source);
  Object.assign(rowsRead, neighbours.rowsRead);
  files.set('inspections.json', jsonLines(validate(Inspections, inspections.inspections, 'inspections.json')));
  for (const i of inspections.inspections) usedSources.add(i.source);
  Object.assign(rowsRead, inspections.rowsRead);
  if (polarity.matched) usedSources.add(SOURCES.laitDictionary.id);
  Object.assign(rowsRead, polarity.rowsRead);

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
      neighbours: Object.keys(neighbours.neighbours.neighbours).length,
      inspections: inspections.inspections.length,
      polarity: { matched: polarity.matched, stated: polarity.stated },
      councilsWith,
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
