/** Checks that span records or files: ids that must exist, ids that must be unique, sums, dates. */
import type { RawData } from './schemas/index.ts';
import { DATA_FILES } from './schemas/index.ts';
import { isWholeWhereCounted, type Unit, type Value } from './schemas/common.ts';
import type { DataIssue } from './data-error.ts';

type Ref = { kind: string; ids: Set<string> };

export function crossCheck(d: RawData, label: string, today: Date): DataIssue[] {
  const issues: DataIssue[] = [];
  const f = (key: keyof typeof DATA_FILES) => `${label}/${DATA_FILES[key].file}`;
  const push = (key: keyof typeof DATA_FILES, path: string, message: string) =>
    issues.push({ file: f(key), path, message });

  const ids = <T extends { id: string }>(key: keyof typeof DATA_FILES, rows: T[], prefix = '') => {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) push(key, `${prefix}[${i}].id`, `duplicate id "${r.id}" (first used at ${prefix}[${seen.get(r.id)}])`);
      else seen.set(r.id, i);
    });
    return new Set(rows.map((r) => r.id));
  };

  const sources: Ref = { kind: 'source', ids: ids('sources', d.sources) };
  const types: Ref = { kind: 'placement type', ids: ids('placementTypes', d.placementTypes) };
  const localities: Ref = { kind: 'locality', ids: ids('localities', d.localities) };
  const figures: Ref = { kind: 'figure', ids: ids('figures', d.figures) };
  const needs: Ref = { kind: 'need', ids: ids('needs', d.needs) };
  const priorities: Ref = { kind: 'priority', ids: ids('priorities', d.priorities) };
  ids('provision', d.provision);
  ids('marketNeeds', d.marketNeeds);
  ids('finance', d.finance);
  ids('authority', d.authority.contacts, 'contacts');

  const known = (key: keyof typeof DATA_FILES, path: string, ref: Ref, id: string | undefined) => {
    if (id !== undefined && !ref.ids.has(id)) {
      push(key, path, `unknown ${ref.kind} id "${id}" (expected one of: ${[...ref.ids].slice(0, 8).join(', ')}${ref.ids.size > 8 ? ', ...' : ''})`);
    }
  };
  const todayIso = today.toISOString().slice(0, 10);
  const dated = (key: keyof typeof DATA_FILES, path: string, asAt: string) => {
    if (asAt > todayIso) push(key, `${path}.asAt`, `expected an "as at" date not in the future, received "${asAt}"`);
  };
  const counted = (key: keyof typeof DATA_FILES, path: string, value: Value, unit: Unit) => {
    if (!isWholeWhereCounted(value, unit)) {
      push(key, `${path}.value`, `expected a whole number of ${unit}, received ${JSON.stringify(value)}`);
    }
    if (unit === 'percent') {
      const hi = typeof value === 'number' ? value : typeof value === 'object' ? value.max : 0;
      if (hi > 100) push(key, `${path}.value`, `expected a percentage from 0 to 100, received ${hi}`);
    }
  };

  d.placementTypes.forEach((t, i) => t.priorities.forEach((p, j) => known('placementTypes', `[${i}].priorities[${j}]`, priorities, p)));

  const breakdowns = new Map<string, { total?: number; parts: number[] }>();
  d.figures.forEach((r, i) => {
    const p = `[${i}]`;
    known('figures', `${p}.source`, sources, r.source);
    known('figures', `${p}.placementType`, types, r.placementType);
    known('figures', `${p}.locality`, localities, r.locality);
    known('figures', `${p}.numerator`, figures, r.numerator);
    dated('figures', p, r.asAt);
    counted('figures', p, r.value, r.unit);
    r.alternatives?.forEach((a, j) => {
      known('figures', `${p}.alternatives[${j}].source`, sources, a.source);
      dated('figures', `${p}.alternatives[${j}]`, a.asAt);
    });
    if (r.total && !r.breakdown) push('figures', `${p}.total`, 'expected a "breakdown" id alongside "total": true');
    if (r.breakdown) {
      const b = breakdowns.get(r.breakdown) ?? { parts: [] };
      if (r.total) {
        if (b.total !== undefined) push('figures', `${p}.total`, `breakdown "${r.breakdown}" already has a total at [${b.total}]`);
        else b.total = i;
      } else b.parts.push(i);
      breakdowns.set(r.breakdown, b);
    }
  });
  for (const [id, b] of breakdowns) {
    const rows = [...b.parts, ...(b.total !== undefined ? [b.total] : [])];
    const unit = d.figures[rows[0]].unit;
    for (const i of rows) {
      if (d.figures[i].unit !== unit) push('figures', `[${i}].unit`, `expected unit "${unit}" like the rest of breakdown "${id}", received "${d.figures[i].unit}"`);
    }
    if (b.total === undefined) continue;
    const total = d.figures[b.total].value;
    const parts = b.parts.map((i) => d.figures[i].value);
    if (typeof total === 'number' && parts.every((v) => typeof v === 'number')) {
      const sum = (parts as number[]).reduce((a, v) => a + v, 0);
      if (sum > total) push('figures', `[${b.total}].value`, `expected the total of breakdown "${id}" to be at least the sum of its parts (${sum}), received ${total}`);
    }
  }

  d.needs.forEach((r, i) => {
    const p = `[${i}]`;
    known('needs', `${p}.source`, sources, r.source);
    known('needs', `${p}.placementType`, types, r.placementType);
    known('needs', `${p}.locality`, localities, r.locality);
    known('needs', `${p}.supplyFigure`, figures, r.supplyFigure);
    dated('needs', p, r.asAt);
    counted('needs', p, r.value, r.unit);
    if (r.kind === 'unquantified' && r.value !== 'not-published') {
      push('needs', `${p}.value`, `expected "not-published" for an unquantified need, received ${JSON.stringify(r.value)}`);
    }
  });

  d.provision.forEach((r, i) => {
    const p = `[${i}]`;
    known('provision', `${p}.source`, sources, r.source);
    known('provision', `${p}.placementType`, types, r.placementType);
    known('provision', `${p}.locality`, localities, r.locality);
    dated('provision', p, r.asAt);
    if (!isWholeWhereCounted(r.capacity, r.unit)) push('provision', `${p}.capacity`, `expected a whole number of ${r.unit}, received ${JSON.stringify(r.capacity)}`);
  });

  d.priorities.forEach((r, i) => {
    const p = `[${i}]`;
    known('priorities', `${p}.source`, sources, r.source);
    r.placementTypes.forEach((t, j) => known('priorities', `${p}.placementTypes[${j}]`, types, t));
    const seen = new Set<string>();
    r.measures.forEach((m, j) => {
      const mp = `${p}.measures[${j}]`;
      if (seen.has(m.id)) push('priorities', `${mp}.id`, `duplicate measure id "${m.id}"`);
      seen.add(m.id);
      for (const [name, reading] of [['baseline', m.baseline], ['latest', m.latest], ['target', m.target === 'not-published' ? null : m.target]] as const) {
        if (!reading) continue;
        known('priorities', `${mp}.${name}.source`, sources, reading.source);
        dated('priorities', `${mp}.${name}`, reading.asAt);
        counted('priorities', `${mp}.${name}`, reading.value, reading.unit);
      }
    });
  });

  d.marketNeeds.forEach((r, i) => {
    const p = `[${i}]`;
    known('marketNeeds', `${p}.source`, sources, r.source);
    dated('marketNeeds', p, r.asAt);
    r.placementTypes.forEach((t, j) => known('marketNeeds', `${p}.placementTypes[${j}]`, types, t));
    r.localities.forEach((t, j) => known('marketNeeds', `${p}.localities[${j}]`, localities, t));
    r.needs.forEach((t, j) => known('marketNeeds', `${p}.needs[${j}]`, needs, t));
  });

  d.finance.forEach((r, i) => {
    known('finance', `[${i}].source`, sources, r.source);
    dated('finance', `[${i}]`, r.asAt);
    for (const k of ['expectedChildren', 'actualChildren'] as const) {
      if (!isWholeWhereCounted(r[k], 'children')) push('finance', `[${i}].${k}`, `expected a whole number of children, received ${JSON.stringify(r[k])}`);
    }
  });

  dated('authority', 'edition', d.authority.edition.asAt);
  return issues;
}
