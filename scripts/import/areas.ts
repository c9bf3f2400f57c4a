/**
 * Councils, regions and England from DfE's 2025 LA list, the councils that stopped reporting
 * (Cumbria, Northamptonshire) marked "replaced", and ONS's district -> upper-tier lookup.
 * Joins are on codes. Ofsted's sheets name councils only, so names are matched through
 * a checked name map: a name that matches no council fails the import.
 */
import { join } from 'node:path';
import type { OfficialArea } from '../../src/data/schemas/official.ts';
import type { District } from '../../src/data/schemas/official-import.ts';
import { readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import { slugify } from './util.ts';

export const LA_LIST_FILE = 'dfe_la_list_with_region_2025.csv';
export const ONS_LOOKUP_FILE = 'ons_ltla_utla_apr23_lookup_england_wales.csv';
export const ENGLAND = 'E92000001';
/** The nine English regions and DfE's Inner and Outer London. */
export const REGION_CODES: ReadonlySet<string> = new Set([...Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`), 'E13000001', 'E13000002']);
export const LONDON = 'E12000007';

/** Councils abolished in the years the files cover; DfE keeps their rows (with "z" after). */
export const REPLACED: Record<string, { name: string; dfe: string; region: string; replacedBy: string[]; lastDay: string; note: string }> = {
  E10000006: {
    name: 'Cumbria',
    dfe: '909',
    region: 'E12000002',
    replacedBy: ['E06000063', 'E06000064'],
    lastDay: '2023-03-31',
    note: 'Cumbria County Council was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness. Its figures run to 31 March 2023.',
  },
  E10000021: {
    name: 'Northamptonshire',
    dfe: '928',
    region: 'E12000004',
    replacedBy: ['E06000061', 'E06000062'],
    lastDay: '2021-03-31',
    note: 'Northamptonshire County Council was replaced on 1 April 2021 by North Northamptonshire and West Northamptonshire. Its figures run to 31 March 2021.',
  },
};

/**
 * Former ONS codes of councils whose area did not change when they became unitary councils.
 * Older rows (ONS mid-year estimates back to 2012) that use them are read as the current code.
 */
export const RECODED: Record<string, { code: string; name: string; note: string }> = {
  E10000002: { code: 'E06000060', name: 'Buckinghamshire', note: 'ONS gives this under E10000002, the code of Buckinghamshire County Council, which became Buckinghamshire Council (same area) on 1 April 2020.' },
  E10000023: { code: 'E06000065', name: 'North Yorkshire', note: 'ONS gives this under E10000023, the code of North Yorkshire County Council, which became North Yorkshire Council (same area) on 1 April 2023.' },
  E10000027: { code: 'E06000066', name: 'Somerset', note: 'ONS gives this under E10000027, the code of Somerset County Council, which became Somerset Council (same area) on 1 April 2023.' },
};

/**
 * Councils abolished before the years DfE's files cover whose areas no current council has
 * (the 2019 Dorset reorganisation moved Christchurch from Dorset into Bournemouth, Christchurch
 * and Poole). They are not areas here: rows for them are left out, with a note.
 */
export const ABOLISHED: Record<string, { name: string; lastDay: string }> = {
  E10000009: { name: 'Dorset County Council', lastDay: '2019-03-31' },
  E06000028: { name: 'Bournemouth', lastDay: '2019-03-31' },
  E06000029: { name: 'Poole', lastDay: '2019-03-31' },
};

/** Ofsted's spellings that differ from DfE's beyond case and punctuation (checked against codes). */
export const OFSTED_NAME_ALIASES: Record<string, string> = {
  Bristol: 'E06000023',
  Durham: 'E06000047',
  Herefordshire: 'E06000019',
  'Kingston upon Hull': 'E06000010',
};

export interface AreaIndex {
  list: OfficialArea[];
  byCode: Map<string, OfficialArea>;
  districts: District[];
  /** Ancestors of an area, nearest first (council -> Inner London -> London -> England). */
  ancestors(code: string): string[];
  /** Councils that existed on a day (replaced ones up to their last day, successors after). */
  councilsAt(day: string): string[];
  /** Ofsted council name -> code; throws naming the file, row and column when unknown. */
  councilByName(name: string, file: string, row: number, column: string): string;
}

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[.,'’]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function loadAreas(dir: string): AreaIndex {
  const la = readCsv(join(dir, LA_LIST_FILE), [
    {
      name: 'DfE LA list',
      columns: { code: 'new_la_code', dfe: 'old_la_code', name: 'la_name', regionCode: 'region_code', regionName: 'region_name' },
    },
  ]);
  const areas = new Map<string, OfficialArea>();
  const add = (a: OfficialArea, file: string, row?: number) => {
    if (areas.has(a.code)) throw new ImportError(file, `duplicate area code ${a.code}`, { row, column: 'new_la_code' });
    areas.set(a.code, a);
  };
  add({ code: ENGLAND, name: 'England', slug: 'england', level: 'country', status: 'current' }, la.file);
  add({ code: LONDON, name: 'London', slug: 'london', level: 'region', parent: ENGLAND, status: 'current' }, la.file);
  for (const r of la.rows) {
    const code = r.get('code').trim();
    const regionCode = r.get('regionCode').trim();
    if (!/^E(06|08|09|10)\d{6}$/.test(code)) throw new ImportError(la.file, `"${code}" is not a council code`, { row: r.row, column: 'new_la_code' });
    if (!REGION_CODES.has(regionCode)) throw new ImportError(la.file, `unknown region code "${regionCode}"`, { row: r.row, column: 'region_code' });
    if (!/^\d{3}$/.test(r.get('dfe'))) throw new ImportError(la.file, `"${r.get('dfe')}" is not a three-digit DfE number`, { row: r.row, column: 'old_la_code' });
    if (!areas.has(regionCode)) {
      const inner = regionCode.startsWith('E13');
      areas.set(regionCode, {
        code: regionCode,
        name: r.get('regionName').trim(),
        slug: slugify(r.get('regionName')),
        level: 'region',
        parent: inner ? LONDON : ENGLAND,
        status: 'current',
        ...(inner ? { note: 'DfE reports London in two parts, Inner and Outer London.' } : {}),
      });
    } else if (areas.get(regionCode)!.name !== r.get('regionName').trim()) {
      throw new ImportError(la.file, `region ${regionCode} is named "${r.get('regionName')}" here but "${areas.get(regionCode)!.name}" before`, { row: r.row, column: 'region_name' });
    }
    const replaced = REPLACED[code];
    add(
      {
        code,
        name: r.get('name').trim(),
        slug: slugify(r.get('name')),
        level: 'council',
        parent: regionCode,
        dfe: r.get('dfe'),
        status: replaced ? 'replaced' : 'current',
        ...(replaced ? { replacedBy: replaced.replacedBy, note: replaced.note } : {}),
      },
      la.file,
      r.row,
    );
  }
  for (const [code, rep] of Object.entries(REPLACED)) {
    if (!areas.has(code)) {
      areas.set(code, { code, name: rep.name, slug: slugify(rep.name), level: 'council', parent: rep.region, dfe: rep.dfe, status: 'replaced', replacedBy: rep.replacedBy, note: rep.note });
    }
    for (const s of rep.replacedBy) if (!areas.has(s)) throw new ImportError(la.file, `successor ${s} of ${rep.name} is not in the list`);
  }
  const slugs = new Set<string>();
  for (const a of areas.values()) {
    if (slugs.has(a.slug)) throw new ImportError(la.file, `two areas share the slug "${a.slug}"`);
    slugs.add(a.slug);
  }

  // ONS lower tier -> upper tier: every current council must be an upper-tier area there.
  const ons = readCsv(join(dir, ONS_LOOKUP_FILE), [
    {
      name: 'ONS LTLA-UTLA April 2023',
      columns: { ltla: 'LTLA23CD', ltlaName: 'LTLA23NM', utla: 'UTLA23CD', utlaName: 'UTLA23NM' },
      ignored: ['LTLA23NMW', 'UTLA23NMW', 'ObjectId'],
    },
  ]);
  const districts: District[] = [];
  const utlas = new Set<string>();
  for (const r of ons.rows) {
    const utla = r.get('utla').trim();
    if (!utla.startsWith('E')) continue; // Wales: DfE does not report it
    utlas.add(utla);
    if (!areas.has(utla)) throw new ImportError(ons.file, `unknown council code ${utla} (not in ${LA_LIST_FILE})`, { row: r.row, column: 'UTLA23CD' });
    districts.push({ code: r.get('ltla').trim(), name: r.get('ltlaName').trim(), council: utla });
  }
  for (const a of areas.values()) {
    if (a.level === 'council' && a.status === 'current' && !utlas.has(a.code)) {
      throw new ImportError(ons.file, `council ${a.code} ${a.name} from ${LA_LIST_FILE} is not an upper-tier area in the ONS lookup`);
    }
  }
  districts.sort((a, b) => a.code.localeCompare(b.code));

  const byNorm = new Map<string, string>();
  for (const a of areas.values()) if (a.level === 'council') byNorm.set(normaliseName(a.name), a.code);
  for (const [alias, code] of Object.entries(OFSTED_NAME_ALIASES)) {
    if (!areas.has(code)) continue; // council not in this (test) list
    byNorm.set(normaliseName(alias), code);
  }
  const list = [...areas.values()].sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.code.localeCompare(b.code));
  return {
    list,
    byCode: areas,
    districts,
    ancestors(code) {
      const out: string[] = [];
      let p = areas.get(code)?.parent;
      while (p) {
        out.push(p);
        p = areas.get(p)?.parent;
      }
      return out;
    },
    councilsAt(day) {
      const successorFrom = new Map<string, string>();
      for (const rep of Object.values(REPLACED)) for (const s of rep.replacedBy) successorFrom.set(s, rep.lastDay);
      return list
        .filter((a) => a.level === 'council')
        .filter((a) => (REPLACED[a.code] ? day <= REPLACED[a.code].lastDay : !successorFrom.has(a.code) || day > successorFrom.get(a.code)!))
        .map((a) => a.code);
    },
    councilByName(name, file, row, column) {
      const code = byNorm.get(normaliseName(name));
      if (!code) throw new ImportError(file, `council name "${name}" matches no council in ${LA_LIST_FILE} (add it to the checked name map if it is a spelling)`, { row, column });
      return code;
    },
  };
}

function levelOrder(l: OfficialArea['level']): number {
  return ['country', 'region', 'council', 'constituency'].indexOf(l);
}
