/** Checks that span records or files: ids that must exist, ids that must be unique, sums, dates. */
import { COUNCIL_FILES as DATA_FILES, OPTIONAL_FILES, type ObservationFile, type RawData } from './schemas/index.ts';
import { isWholeWhereCounted, type Unit, type Value } from './schemas/common.ts';
import type { DataIssue } from './data-error.ts';

type Ref = { kind: string; ids: Set<string> };

const unknownMessage = (ref: Ref, id: string) =>
  `unknown ${ref.kind} id "${id}" (expected one of: ${[...ref.ids].slice(0, 8).join(', ')}${ref.ids.size > 8 ? ', ...' : ''})`;

/** Counts are whole numbers and percentages lie from 0 to 100; null when the value is fine. */
function countCheck(value: Value, unit: Unit): string | null {
  if (!isWholeWhereCounted(value, unit)) return `expected a whole number of ${unit}, received ${JSON.stringify(value)}`;
  if (unit === 'percent') {
    const hi = typeof value === 'number' ? value : typeof value === 'object' ? value.max : 0;
    if (hi > 100) return `expected a percentage from 0 to 100, received ${hi}`;
  }
  return null;
}


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
  ids('measures', d.measures);
  const needs: Ref = { kind: 'need', ids: ids('needs', d.needs) };
  const priorities: Ref = { kind: 'priority', ids: ids('priorities', d.priorities) };
  ids('provision', d.provision);
  ids('marketNeeds', d.marketNeeds);
  ids('finance', d.finance);
  ids('council', d.council.contacts, 'contacts');

  const known = (key: keyof typeof DATA_FILES, path: string, ref: Ref, id: string | undefined) => {
    if (id !== undefined && !ref.ids.has(id)) push(key, path, unknownMessage(ref, id));
  };
  const todayIso = today.toISOString().slice(0, 10);
  const dated = (key: keyof typeof DATA_FILES, path: string, asAt: string) => {
    if (asAt > todayIso) push(key, `${path}.asAt`, `expected an "as at" date not in the future, received "${asAt}"`);
  };
  const counted = (key: keyof typeof DATA_FILES, path: string, value: Value, unit: Unit) => {
    const c = countCheck(value, unit);
    if (c) push(key, `${path}.value`, c);
  };

  d.placementTypes.forEach((t, i) => t.priorities.forEach((p, j) => known('placementTypes', `[${i}].priorities[${j}]`, priorities, p)));

  const measureById = new Map(d.measures.map((m) => [m.id, m]));
  d.measures.forEach((m, i) => {
    known('measures', `[${i}].placementType`, types, m.placementType);
  });

  // Observations: one file per source; each row is keyed by measure, area, cohort, locality and date.
  const breakdowns = new Map<string, { file: string; total?: number; parts: number[]; rows: ObservationFile['rows'] }>();
  const seen = new Map<string, string>();
  const atDate = new Set(d.observations.flatMap((f) => f.rows.map((r) => `${r.measure}|${r.area}|${r.cohort ?? ''}|${r.asAt}`)));
  for (const of of d.observations) {
    const file = `${label}/${of.file}`;
    const add = (path: string, message: string) => issues.push({ file, path, message });
    const stem = of.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (!sources.ids.has(stem)) add('', `expected the file to be named after a source id in ${DATA_FILES.sources.file} (one of: ${[...sources.ids].join(', ')})`);
    of.rows.forEach((r, i) => {
      const p = `[${i}]`;
      const m = measureById.get(r.measure);
      if (!m) add(`${p}.measure`, `unknown measure id "${r.measure}" (expected an id in ${DATA_FILES.measures.file})`);
      if (r.source !== stem && sources.ids.has(stem) && sources.ids.has(r.source)) add(`${p}.source`, `expected "${stem}" like the file name, received "${r.source}"`);
      if (!sources.ids.has(r.source)) add(`${p}.source`, unknownMessage(sources, r.source));
      if (r.locality !== undefined && !localities.ids.has(r.locality)) add(`${p}.locality`, unknownMessage(localities, r.locality));
      if (r.numerator !== undefined && !atDate.has(`${r.numerator}|${r.area}|${r.cohort ?? ''}|${r.asAt}`)) add(`${p}.numerator`, `expected an observation of measure "${r.numerator}" at the same date, area and cohort, found none`);
      if (r.asAt > todayIso) add(`${p}.asAt`, `expected an "as at" date not in the future, received "${r.asAt}"`);
      if (m) {
        const c = countCheck(r.value, m.unit);
        if (c) add(`${p}.value`, c);
      }
      r.alternatives?.forEach((a, j) => {
        if (!sources.ids.has(a.source)) add(`${p}.alternatives[${j}].source`, unknownMessage(sources, a.source));
        if (a.asAt > todayIso) add(`${p}.alternatives[${j}].asAt`, `expected an "as at" date not in the future, received "${a.asAt}"`);
      });
      const key = `${r.measure}|${r.area}|${r.cohort ?? ''}|${r.locality ?? ''}|${r.asAt}`;
      if (seen.has(key)) add(p, `duplicate observation of "${r.measure}" at ${r.asAt} (also at ${seen.get(key)})`);
      else seen.set(key, `${of.file}${p}`);
      if (r.total && !r.breakdown) add(`${p}.total`, 'expected a "breakdown" id alongside "total": true');
      if (r.breakdown) {
        const id = `${r.breakdown}|${r.asAt}`;
        const b = breakdowns.get(id) ?? { file: of.file, parts: [], rows: of.rows };
        if (b.file !== of.file) add(`${p}.breakdown`, `expected every part of breakdown "${r.breakdown}" at ${r.asAt} in one file (${b.file})`);
        else if (r.total) {
          if (b.total !== undefined) add(`${p}.total`, `breakdown "${r.breakdown}" already has a total at [${b.total}]`);
          else b.total = i;
        } else b.parts.push(i);
        breakdowns.set(id, b);
      }
    });
  }
  for (const [id, b] of breakdowns) {
    const name = id.split('|')[0];
    const file = `${label}/${b.file}`;
    const rows = [...b.parts, ...(b.total !== undefined ? [b.total] : [])];
    const unitOf = (i: number) => measureById.get(b.rows[i].measure)?.unit;
    const unit = unitOf(rows[0]);
    for (const i of rows) {
      if (unitOf(i) !== unit) issues.push({ file, path: `[${i}].measure`, message: `expected a measure in ${unit} like the rest of breakdown "${name}", received one in ${unitOf(i)}` });
    }
    if (b.total === undefined) continue;
    const total = b.rows[b.total].value;
    const parts = b.parts.map((i) => b.rows[i].value);
    if (typeof total === 'number' && parts.every((v) => typeof v === 'number')) {
      const sum = (parts as number[]).reduce((a, v) => a + v, 0);
      if (sum > total) issues.push({ file, path: `[${b.total}].value`, message: `expected the total of breakdown "${name}" to be at least the sum of its parts (${sum}), received ${total}` });
    }
  }

  d.needs.forEach((r, i) => {
    const p = `[${i}]`;
    known('needs', `${p}.source`, sources, r.source);
    known('needs', `${p}.placementType`, types, r.placementType);
    known('needs', `${p}.locality`, localities, r.locality);
    if (r.supplyMeasure !== undefined && !measureById.has(r.supplyMeasure)) push('needs', `${p}.supplyMeasure`, `unknown measure id "${r.supplyMeasure}" (expected an id in ${DATA_FILES.measures.file})`);
    dated('needs', p, r.asAt);
    counted('needs', p, r.value, r.unit);
    if (r.outcome) {
      known('needs', `${p}.outcome.source`, sources, r.outcome.source);
      dated('needs', `${p}.outcome`, r.outcome.asAt);
    }
    if (r.due && r.due.by < r.asAt) push('needs', `${p}.due.by`, `expected a due date on or after the need's "as at" date ${r.asAt}, received ${r.due.by}`);
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
    if (r.outcome) {
      known('marketNeeds', `${p}.outcome.source`, sources, r.outcome.source);
      dated('marketNeeds', `${p}.outcome`, r.outcome.asAt);
    }
  });

  d.finance.forEach((r, i) => {
    known('finance', `[${i}].source`, sources, r.source);
    dated('finance', `[${i}]`, r.asAt);
    for (const k of ['expectedChildren', 'actualChildren'] as const) {
      if (!isWholeWhereCounted(r[k], 'children')) push('finance', `[${i}].${k}`, `expected a whole number of children, received ${JSON.stringify(r[k])}`);
    }
  });

  d.localities.forEach((l, i) =>
    l.facts?.forEach((fact, j) => {
      known('localities', `[${i}].facts[${j}].source`, sources, fact.source);
      dated('localities', `[${i}].facts[${j}]`, fact.asAt);
    }),
  );

  const figuresFile = `${label}/${OPTIONAL_FILES.financeFigures.file}`;
  const figureIds = new Map<string, number>();
  d.financeFigures?.forEach((fig, i) => {
    if (figureIds.has(fig.id)) issues.push({ file: figuresFile, path: `[${i}].id`, message: `duplicate id "${fig.id}" (first used at [${figureIds.get(fig.id)}])` });
    else figureIds.set(fig.id, i);
    if (!sources.ids.has(fig.source)) issues.push({ file: figuresFile, path: `[${i}].source`, message: unknownMessage(sources, fig.source) });
    if (fig.asAt > todayIso) issues.push({ file: figuresFile, path: `[${i}].asAt`, message: `expected an "as at" date not in the future, received "${fig.asAt}"` });
    fig.placementTypes.forEach((t, j) => {
      if (!types.ids.has(t)) issues.push({ file: figuresFile, path: `[${i}].placementTypes[${j}]`, message: unknownMessage(types, t) });
    });
  });

  d.council.editions.forEach((e, i) => dated('council', `editions[${i}]`, e.asAt));
  d.council.headlines.forEach((h, i) => {
    if (!measureById.has(h.measure)) push('council', `headlines[${i}].measure`, `unknown measure id "${h.measure}" (expected an id in ${DATA_FILES.measures.file})`);
  });
  const measureKnown = (path: string, id: string) => {
    if (!measureById.has(id)) push('council', path, `unknown measure id "${id}" (expected an id in ${DATA_FILES.measures.file})`);
  };
  d.council.charts.trends.forEach((t, i) => measureKnown(`charts.trends[${i}].measure`, t.measure));
  for (const k of ['council', 'independent', 'total'] as const) if (d.council.charts.fostered) measureKnown(`charts.fostered.${k}`, d.council.charts.fostered[k]);
  d.council.fostering.types.forEach((t, i) => known('council', `fostering.types[${i}]`, types, t));
  d.council.fostering.recruitingTypes.forEach((t, i) => known('council', `fostering.recruitingTypes[${i}]`, types, t));
  d.council.fostering.headlines.forEach((h, i) => {
    if (!measureById.has(h.measure)) push('council', `fostering.headlines[${i}].measure`, `unknown measure id "${h.measure}" (expected an id in ${DATA_FILES.measures.file})`);
  });
  d.wardLocalities?.wards.forEach((w, i) => {
    if (!localities.ids.has(w.locality)) issues.push({ file: `${label}/${OPTIONAL_FILES.wardLocalities.file}`, path: `wards[${i}].locality`, message: unknownMessage(localities, w.locality) });
  });
  const pairsFile = `${label}/${OPTIONAL_FILES.officialPairs.file}`;
  const pairIds = new Map<string, number>();
  d.officialPairs?.pairs.forEach((p, i) => {
    if (pairIds.has(p.id)) issues.push({ file: pairsFile, path: `pairs[${i}].id`, message: `duplicate id "${p.id}" (first used at pairs[${pairIds.get(p.id)}])` });
    else pairIds.set(p.id, i);
    if (!measureById.has(p.strategy)) issues.push({ file: pairsFile, path: `pairs[${i}].strategy`, message: `unknown measure id "${p.strategy}" (expected an id in ${DATA_FILES.measures.file})` });
    if (p.placementType && !types.ids.has(p.placementType)) issues.push({ file: pairsFile, path: `pairs[${i}].placementType`, message: unknownMessage(types, p.placementType) });
  });
  const offer = d.fosteringOffer;
  if (offer) {
    const offerFile = `${label}/${OPTIONAL_FILES.fosteringOffer.file}`;
    const page = (path: string, id: string) => {
      if (!(id in offer.pages)) issues.push({ file: offerFile, path, message: `unknown page id "${id}" (expected a key of pages: ${Object.keys(offer.pages).join(', ')})` });
    };
    page('fees.page', offer.fees.page);
    page('allowances.page', offer.allowances.page);
    for (const k of ['changes', 'whoCanFoster', 'steps'] as const) offer[k].forEach((f, i) => page(`${k}[${i}].page`, f.page));
    offer.timeToApproval.searched.forEach((id, i) => page(`timeToApproval.searched[${i}]`, id));
    offer.timeToApproval.elsewhere.forEach((f, i) => page(`timeToApproval.elsewhere[${i}].page`, f.page));
  }
  const cons = d.officialPairs?.constituencies;
  if (cons && !types.ids.has(cons.placementType)) issues.push({ file: pairsFile, path: 'constituencies.placementType', message: unknownMessage(types, cons.placementType) });
  d.localityMap?.features.forEach((f, i) => {
    if (!localities.ids.has(f.properties.locality)) issues.push({ file: `${label}/${OPTIONAL_FILES.localityMap.file}`, path: `features[${i}].properties.locality`, message: unknownMessage(localities, f.properties.locality) });
  });
  const wardNames = new Set(d.wardLocalities?.wards.map((w) => w.name));
  d.searchTerms?.places.forEach((p, i) => {
    if (!wardNames.has(p.ward)) {
      const expected = d.wardLocalities ? `a ward name in ${OPTIONAL_FILES.wardLocalities.file}` : `${OPTIONAL_FILES.wardLocalities.file}, which this council does not have`;
      issues.push({ file: `${label}/${OPTIONAL_FILES.searchTerms.file}`, path: `places[${i}].ward`, message: `unknown ward "${p.ward}" (expected ${expected})` });
    }
  });
  return issues;
}
