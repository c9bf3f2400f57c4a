/**
 * Generates a SYNTHETIC council for benchmarks and tests: a council's data scaled by a whole
 * factor. Copy i of every locality, placement type, measure, observation, need, provision record and market
 * need gets ids suffixed "-s<i>", references remapped to copy i, and dates moved i years back
 * (so there are more localities, placement types, periods and provision records). Every
 * record's name, label or text is marked "[synthetic]", and the council is called
 * "Synthetic Council". Written to a folder outside data/ (a temp folder by default); never
 * published.
 *
 * generateEngland() writes a SYNTHETIC England for the benchmark: N council folders, each a
 * Dorset-sized local layer (the data at factor 1 plus the council's prose in <folder>/content/),
 * named "SYNTHETIC Council <n>" so every page title and banner says SYNTHETIC.
 *
 * Usage: node scripts/synthetic.ts <factor> [outDir]        → prints the folder it wrote
 *        node scripts/synthetic.ts england <count> [outDir] → prints the folder of council folders
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (dir: string, f: string): Json => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const MARK = ' [synthetic]';
const TEXT_KEYS = ['name', 'label', 'statement', 'text', 'title'];

function mark(r: Json): Json {
  const out = { ...r };
  for (const k of TEXT_KEYS) if (typeof out[k] === 'string') out[k] += MARK;
  return out;
}

/** Moves a YYYY-MM-DD date back by whole years (29 February becomes 28 February). */
export function yearsBack(date: string, years: number): string {
  if (!years) return date;
  const [y, m, d] = date.split('-');
  return `${Number(y) - years}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

export function generateSynthetic(factor: number, outDir?: string, from = 'data/councils/dorset'): string {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number from 1, received ${factor}`);
  const src = resolve(from);
  const dir = outDir ? resolve(outDir) : join(mkdtempSync(join(tmpdir(), `synthetic-${factor}x-`)), 'synthetic');
  if (dir === resolve('data') || dir.startsWith(resolve('data') + sep)) throw new Error('synthetic data must never be written under data/');
  mkdirSync(dir, { recursive: true });
  const copies = Array.from({ length: factor }, (_, i) => i);
  const sfx = (id: string | undefined, i: number) => (id === undefined || i === 0 ? id : `${id}-s${i + 1}`);
  const sfxAll = (ids: string[] | undefined, i: number) => ids?.map((id) => sfx(id, i)!);
  const write = (f: string, v: Json) => writeFileSync(join(dir, f), JSON.stringify(v, null, 2));

  const council = read(src, 'council.json');
  write('council.json', {
    ...council,
    slug: 'synthetic',
    names: { full: `Synthetic Council (${factor}x, generated for benchmarks, not real data)`, short: 'Synthetic', carers: 'Synthetic Council carers' },
    editions: council.editions.map((e: Json) => ({ ...e, title: e.title + MARK })),
    website: 'https://www.example.org/',
  });
  write('sources.json', read(src, 'sources.json').map(mark));
  write('priorities.json', read(src, 'priorities.json').map(mark));
  write('finance.json', read(src, 'finance.json'));

  const localities = read(src, 'localities.json');
  write('localities.json', copies.flatMap((i) => localities.map((l: Json) => ({ ...mark(l), id: sfx(l.id, i), name: l.name + (i ? ` ${i + 1}` : '') + MARK }))));
  const types = read(src, 'placement-types.json');
  write('placement-types.json', copies.flatMap((i) => types.map((t: Json) => ({ ...mark(t), id: sfx(t.id, i), name: t.name + (i ? ` ${i + 1}` : '') + MARK }))));

  const measures = read(src, 'measures.json');
  write('measures.json', copies.flatMap((i) => measures.map((m: Json) => ({ ...mark(m), id: sfx(m.id, i), placementType: sfx(m.placementType, i) }))));
  mkdirSync(join(dir, 'observations'), { recursive: true });
  for (const file of readdirSync(join(src, 'observations'))) {
    const rows = read(join(src, 'observations'), file);
    write(
      join('observations', file),
      copies.flatMap((i) =>
        rows.map((o: Json) => ({
          ...o,
          measure: sfx(o.measure, i),
          locality: sfx(o.locality, i),
          breakdown: sfx(o.breakdown, i),
          numerator: sfx(o.numerator, i),
          asAt: yearsBack(o.asAt, i),
          alternatives: o.alternatives?.map((a: Json) => ({ ...a, asAt: yearsBack(a.asAt, i) })),
        })),
      ),
    );
  }
  const needs = read(src, 'needs.json');
  write('needs.json', copies.flatMap((i) => needs.map((n: Json) => ({ ...mark(n), id: sfx(n.id, i), placementType: sfx(n.placementType, i), locality: sfx(n.locality, i), supplyMeasure: sfx(n.supplyMeasure, i), asAt: yearsBack(n.asAt, i) }))));
  const provision = read(src, 'provision.json');
  write('provision.json', copies.flatMap((i) => provision.map((p: Json) => ({ ...mark(p), id: sfx(p.id, i), placementType: sfx(p.placementType, i), locality: sfx(p.locality, i), asAt: yearsBack(p.asAt, i) }))));
  const market = read(src, 'market-needs.json');
  write('market-needs.json', copies.flatMap((i) => market.map((m: Json) => ({ ...mark(m), id: sfx(m.id, i), placementTypes: sfxAll(m.placementTypes, i), localities: sfxAll(m.localities, i), needs: sfxAll(m.needs, i), asAt: yearsBack(m.asAt, i) }))));
  return dir;
}

/** A SYNTHETIC England: `count` council folders under outDir (synthetic-1 … synthetic-N), each a Dorset-sized layer. */
export function generateEngland(count: number, outDir?: string, from = 'data/councils/dorset'): { root: string; councils: { slug: string; dir: string }[] } {
  const root = outDir ? resolve(outDir) : mkdtempSync(join(tmpdir(), 'synthetic-england-'));
  if (root === resolve('data') || root.startsWith(resolve('data') + sep)) throw new Error('synthetic data must never be written under data/');
  const first = generateSynthetic(1, join(root, 'synthetic-1'), from);
  const prose = join('content', 'councils', from.split(/[\\/]/).filter(Boolean).pop()!);
  const councils: { slug: string; dir: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const slug = `synthetic-${i}`;
    const dir = join(root, slug);
    if (i > 1) cpSync(first, dir, { recursive: true });
    const council = read(dir, 'council.json');
    writeFileSync(
      join(dir, 'council.json'),
      JSON.stringify({ ...council, slug, names: { full: `SYNTHETIC Council ${i} (generated for benchmarks, not real data)`, short: `SYNTHETIC ${i}`, carers: `SYNTHETIC Council ${i} carers` } }, null, 2),
    );
    if (existsSync(prose)) cpSync(prose, join(dir, 'content'), { recursive: true });
    councils.push({ slug, dir });
  }
  return { root, councils };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === 'england') console.log(generateEngland(Number(process.argv[3] ?? 153), process.argv[4]).root);
  else console.log(generateSynthetic(Number(process.argv[2] ?? 1), process.argv[3]));
}
