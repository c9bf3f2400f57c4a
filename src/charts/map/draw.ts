/**
 * A council's localities on a map, each labelled with what is published there: how many stated
 * needs and how many named homes or services. Orange hatch: a stated need; grey hatch: nothing
 * published. Boundaries come from ONS wards grouped by an approximate mapping, and say so.
 */
import { geoArea, geoMercator, geoPath } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { COLOURS, patternDefs, patternId } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { PAD } from '../kit/axes.ts';
import { rect, text } from '../kit/svg.ts';
import { textWidth } from '../kit/text.ts';

export interface MapArea {
  id: string;
  name: string;
  /** Short name, drawn on the narrow map. */
  short: string;
  /** Current needs stated for the locality (with or without a number). */
  needs: number;
  /** Named homes and services (not closed). */
  provision: number;
  needText: string;
  provisionText: string;
}

export interface MapInput {
  meta: ChartMeta;
  /** Boundaries: one MultiPolygon per locality, RFC 7946 winding. */
  features: { locality: string; coordinates: number[][][][] }[];
  areas: MapArea[];
  approximate: boolean;
  attribution: string;
  highlight?: string;
  /** The place the localities make up, as in "localities of Westshire". */
  place: string;
}

/** d3-geo wants exterior rings clockwise, the reverse of RFC 7946: flip any polygon that covers most of the sphere. */
function forD3(f: MapInput['features'][number]): Feature<MultiPolygon> {
  const coordinates = f.coordinates.map((poly) => {
    const p = { type: 'Polygon' as const, coordinates: poly };
    return geoArea(p) > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly;
  });
  return { type: 'Feature', properties: { locality: f.locality }, geometry: { type: 'MultiPolygon', coordinates } };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const summary = (a: MapArea) => `${count(a.needs, 'need', 'needs')} · ${count(a.provision, 'named', 'named')}`;

function draw(input: MapInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const fc: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: input.features.map(forD3) };
  const mapH = Math.round(width * 0.66);
  // Narrow: short names on the map, the counts listed underneath, so labels never collide.
  const listH = narrow ? input.areas.length * 18 + 8 : 0;
  const height = mapH + listH;
  const projection = geoMercator().fitExtent([[PAD, PAD + (narrow ? 4 : 8)], [width - PAD, mapH - 22]], fc);
  const path = geoPath(projection);
  const out: string[] = [patternDefs(prefix)];
  let marks = 0;
  const labels: string[] = [];
  const ordered = [...fc.features].sort((a, b) => Number(a.properties!.locality === input.highlight) - Number(b.properties!.locality === input.highlight));
  for (const f of ordered) {
    const id = f.properties!.locality as string;
    const a = input.areas.find((x) => x.id === id);
    if (!a) continue;
    const hl = id === input.highlight;
    const fill = a.needs > 0 ? `url(#${patternId(prefix, 'need-area')})` : a.provision > 0 ? COLOURS.paper : `url(#${patternId(prefix, 'none')})`;
    const d = path(f) ?? '';
    const [cx, cy] = path.centroid(f);
    const name = a.name;
    const sub = summary(a);
    const size = narrow ? 12 : 13.5;
    const w = Math.max(textWidth(name, size, true), textWidth(sub, size - 1)) + 8;
    const h = size * 2 + 10;
    // Keep label boxes inside the drawing.
    const bx = Math.min(Math.max(PAD, cx - w / 2), width - PAD - w);
    const by = Math.min(Math.max(PAD, cy - h / 2), mapH - 22 - h);
    const label = narrow
      ? `<text x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" font-size="12" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="${COLOURS.ink}" stroke="${COLOURS.paper}" stroke-width="3.5" paint-order="stroke">${a.short.replace(/&/g, '&amp;')}</text>`
      : rect({ x: bx, y: by, width: w, height: h, fill: COLOURS.paper, stroke: hl ? COLOURS.ink : COLOURS.none, 'stroke-width': hl ? 2.5 : 1, rx: 2 }) +
      text(bx + 4, by + size + 1, name, { size, bold: true }) +
      text(bx + 4, by + 2 * size + 5, sub, { size: size - 1 });
    const aria = `${a.name}: ${a.needText}; ${a.provisionText}.`;
    out.push(`<g ${markAttrs(aria, { row: 0, col: marks }, id)}><path d="${d}" fill="${fill}" stroke="${COLOURS.ink}" stroke-width="${hl ? 4 : 1.5}" stroke-linejoin="round"/></g>`);
    labels.push(label);
    marks++;
  }
  out.push(...labels);
  if (input.approximate) out.push(text(PAD, mapH - 6, 'Boundaries are approximate: built from wards.', { size: 12, fill: COLOURS.muted }));
  if (narrow) input.areas.forEach((a, i) => out.push(text(PAD, mapH + 14 + i * 18, [`${a.name}: ${summary(a)}`], { size: 12.5, bold: a.id === input.highlight })));
  return { width, height, body: out.join(''), marks };
}

export function takeaway(input: MapInput): string {
  const { areas, highlight } = input;
  if (highlight) {
    const a = areas.find((x) => x.id === highlight)!;
    return `${a.name} has ${count(a.needs, 'stated need', 'stated needs')} and ${count(a.provision, 'named home or service', 'named homes or services')} in the documents.`;
  }
  const most = [...areas].sort((a, b) => b.needs - a.needs || b.provision - a.provision)[0];
  const none = areas.filter((a) => a.needs === 0 && a.provision === 0).map((a) => a.name);
  return `${most.name} has the most published by locality (${count(most.needs, 'stated need', 'stated needs')}, ${count(most.provision, 'named home or service', 'named homes or services')})${none.length ? `; nothing is published for ${none.join(' or ')}` : ''}.`;
}

export function mapChart(input: MapInput): ChartOutput {
  const { meta, areas } = input;
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Locality', 'Stated needs', 'Named homes and services', 'Needs', 'Homes and services'],
    rows: areas.map((a) => ({ key: a.id, cells: [a.name, String(a.needs), String(a.provision), a.needText, a.provisionText] })),
  };
  const alt = `Map of ${areas.length} localities of ${input.place}${input.approximate ? ' with approximate boundaries' : ''}. ` +
    areas.map((a) => `${a.name}: ${count(a.needs, 'stated need', 'stated needs')}, ${count(a.provision, 'named home or service', 'named homes or services')}`).join('; ') +
    '. Localities with a stated need are hatched orange; those with nothing published are hatched grey.' +
    (input.highlight ? ` ${areas.find((a) => a.id === input.highlight)?.name} is outlined in bold.` : '');
  const legend: LegendItem[] = [
    { swatch: 'need-area', label: 'At least one stated need here' },
    { swatch: 'none', label: 'Nothing published for this locality' },
  ];
  const notes = [
    ...(input.approximate ? ['The council does not publish which wards make up each locality, so these boundaries are approximate: we grouped ONS wards by name and former district.'] : []),
    'Most of the council’s figures are for the whole county, so they do not appear on this map.',
    input.attribution,
    ...(meta.notes ?? []),
  ];
  return chartOutput('map', meta, { takeaway: takeaway(input), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
