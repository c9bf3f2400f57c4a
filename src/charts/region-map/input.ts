/**
 * The region map's input from the official data: for a region (or England) and a measure, each
 * council's (or region's) value at one date, on the boundaries from council-shapes.topo.json.
 * A council replaced by others (areas.json: status "replaced", replacedBy) is drawn over its successors'
 * boundaries at the dates it reported and they did not; otherwise its successors are drawn.
 */
import type { OfficialArea } from '../../data/schemas/official.ts';
import type { OfficialModel, OfficialValue } from '../../data/official/model.ts';
import { getShapes, type OfficialShapes, type ShapeFeature } from '../../data/official/shapes.ts';
import type { Shown } from '../../data/shown.ts';
import { formatDate, formatShown, listWords } from '../../text/format.ts';
import { symbolMeaning } from '../../text/symbols.ts';
import type { ChartOutput } from '../kit/output.ts';
import { NO_FIGURE, OFFICIAL_SUPPRESSED, regionMapDraw, type RegionMapArea, type RegionMapInput } from './draw.ts';


export interface RegionMapOptions {
  /** Chart id (anchor and download names); default "region-map-<place slug>-<measure>". */
  id?: string;
  title?: string;
  /** A council (or region) drawn with a heavy outline. */
  highlight?: string;
  /** Boundaries; default the build's data/official shapes. */
  shapes?: OfficialShapes;
  /** For England: draw every council (the England-wide comparisons) rather than the nine regions. */
  councils?: boolean;
}

/** A region's name as prose: "the" before a name that starts with a compass point. */
export function placeName(area: OfficialArea): string {
  return /^(North|South|East|West)\b/.test(area.name) ? `the ${area.name}` : area.name;
}

const isZ = (v: OfficialValue | undefined) => !v || (v.shown.kind === 'symbol' && v.shown.symbol === 'z');

/** The areas drawn for a region at a date: current councils, or a replaced council in its successors' place. */
function councilsAt(official: OfficialModel, regionCode: string, measure: string, asAt: string): OfficialArea[] {
  const all = official.councilsIn(regionCode);
  const drawnReplaced = all.filter((c) => c.status === 'replaced' && c.replacedBy?.length && !isZ(official.value(c.code, measure, asAt)) && c.replacedBy.every((s) => isZ(official.value(s, measure, asAt))));
  const hidden = new Set(drawnReplaced.flatMap((c) => c.replacedBy ?? []));
  return all.filter((c) => (c.status === 'current' ? !hidden.has(c.code) : drawnReplaced.includes(c)));
}

function valueWords(v: OfficialValue | undefined, unit: Parameters<typeof formatShown>[1]): { shown: Shown; valueText: string; symbolNote?: string } {
  if (!v) return { shown: { kind: 'not-published' }, valueText: NO_FIGURE };
  const s = v.shown;
  if (s.kind === 'symbol') return { shown: s, valueText: s.symbol, symbolNote: `${s.symbol}: ${symbolMeaning(s.symbol)}` };
  if (s.kind === 'not-published') return { shown: s, valueText: NO_FIGURE };
  return { shown: s, valueText: formatShown(s, unit) };
}

/** The newest date at which any of the areas has the measure. */
function latestDate(official: OfficialModel, codes: readonly string[], measure: string): string | undefined {
  const dates = official.dates(measure).slice().reverse();
  return dates.find((d) => codes.some((c) => official.value(c, measure, d)));
}

export function regionMapInput(official: OfficialModel, regionCode: string, measureId: string, asAt?: string, opts: RegionMapOptions = {}): RegionMapInput | null {
  const place = official.area(regionCode);
  const measure = official.measures.get(measureId);
  if (!place || !measure) return null;
  const shapes = opts.shapes ?? getShapes();
  const byCouncil = place.level === 'country' && !!opts.councils;
  const england = place.level === 'country' && !byCouncil;
  if (!england && !byCouncil && !(place.level === 'region' && place.code.startsWith('E12'))) return null;
  const regionCodes = byCouncil ? official.regions.map((r) => r.code) : [regionCode];
  const candidates = england ? official.regions : regionCodes.flatMap((r) => official.councilsIn(r));
  const date = asAt ?? latestDate(official, candidates.map((a) => a.code), measureId);
  if (!date) return null;
  const drawn = england ? official.regions : regionCodes.flatMap((r) => councilsAt(official, r, measureId, date));
  const byCode = new Map(official.areas.map((a) => [a.code, a]));
  const predecessorOf = new Map(official.councils.flatMap((c) => (c.replacedBy ?? []).map((s) => [s, c] as const)));

  const values: OfficialValue[] = [];
  const areas: RegionMapArea[] = drawn.map((a) => {
    const shape: ShapeFeature | undefined = england ? shapes.region(a.code) : shapes.council(a.code);
    if (!shape) throw new Error(`council-shapes.topo.json has no shape for ${a.code} ${a.name} (run npm run import)`);
    const v = official.value(a.code, measureId, date);
    if (v) values.push(v);
    const w = valueWords(v, measure.unit);
    const notes: string[] = [];
    if (a.status === 'replaced') notes.push(`${a.note ?? `${a.name} has been replaced.`} Drawn over the boundaries of ${listWords((a.replacedBy ?? []).map((s) => byCode.get(s)?.name ?? s))}.`);
    const pred = predecessorOf.get(a.code);
    if (!v && pred) notes.push(pred.note ?? `${a.name} replaced ${pred.name}.`);
    if (w.symbolNote) notes.push(w.symbolNote);
    if (w.shown.kind === 'suppressed') notes.push('withheld to protect confidentiality');
    if (v?.note) notes.push(v.note);
    return {
      code: a.code,
      name: a.name,
      shown: w.shown,
      valueText: w.valueText,
      ...(notes.length ? { note: notes.join(' ') } : {}),
      coordinates: shape.geometry.coordinates,
      label: shape.properties.label,
    };
  });
  if (areas.length === 0 || values.length === 0) return null;

  const sourceTitles = [...new Set(values.map((v) => v.source))].map((id) => official.sources.get(id)?.title ?? id);
  const boundary = official.sources.get(shapes.source);
  const placeWords = place.level === 'country' ? place.name : placeName(place);
  const when = formatDate(date);
  return {
    meta: {
      id: opts.id ?? `region-map-${place.slug}-${measureId}`,
      title: opts.title ?? `${measure.label}: ${england ? `regions of ${placeWords}` : `councils in ${placeWords}`}, ${when}`,
      sources: [...sourceTitles, boundary ? `${boundary.title} (${boundary.publisher})` : 'ONS council boundaries'],
      asAt: date,
      ...(byCouncil ? { notes: ['Councils too small to name on the map are in the ranked table below it, and each council names its figure when you point at it or move to it with the keyboard.'] } : {}),
    },
    level: england ? 'region' : 'council',
    place: placeWords,
    measureLabel: measure.label,
    unit: measure.unit,
    when,
    areas,
    attribution: `Boundaries: ${shapes.attribution}`,
    suppressedKey: OFFICIAL_SUPPRESSED,
    ...(opts.highlight ? { highlight: opts.highlight } : {}),
  };
}

/**
 * A map of a region's councils (or, for England's code, of the nine regions) shaded by one
 * official measure at a date (default: the newest date any of them has it). Null when the area
 * is not a region or England, the measure is unknown, or no area has a figure at the date.
 */
export function regionMapChart(official: OfficialModel, regionCode: string, measureId: string, asAt?: string, opts: RegionMapOptions = {}): ChartOutput | null {
  const input = regionMapInput(official, regionCode, measureId, asAt, opts);
  return input ? regionMapDraw(input) : null;
}

/**
 * England's current councils shaded by a grade (Ofsted's judgements): `gradeOf` gives each
 * council's grade as an index into `labels` (the publisher's order), or undefined where it has none.
 */
export function gradeMapChart(official: OfficialModel, labels: readonly string[], gradeOf: (code: string) => number | undefined, opts: { id: string; title: string; measureLabel: string; when: string; asAt: string; source: string; takeaway: string; note?: string }): ChartOutput | null {
  const shapes = getShapes();
  const areas: RegionMapArea[] = official.currentCouncils.flatMap((a) => {
    const shape = shapes.council(a.code);
    if (!shape) return [];
    const g = gradeOf(a.code);
    return [{ code: a.code, name: a.name, shown: g === undefined ? ({ kind: 'not-published' } as const) : ({ kind: 'number', n: g } as const), valueText: g === undefined ? NO_FIGURE : labels[g], coordinates: shape.geometry.coordinates, label: shape.properties.label }];
  });
  if (!areas.length) return null;
  return regionMapDraw({
    meta: { id: opts.id, title: opts.title, sources: [opts.source, `Boundaries: ${shapes.attribution.replace(/\.$/, "")}`], asAt: opts.asAt, ...(opts.note ? { notes: [opts.note] } : {}) },
    level: 'council',
    place: official.england.name,
    measureLabel: opts.measureLabel,
    unit: 'grades',
    when: opts.when,
    areas,
    attribution: `Boundaries: ${shapes.attribution}`,
    suppressedKey: OFFICIAL_SUPPRESSED,
    grades: { labels: [...labels], takeaway: opts.takeaway },
  });
}
