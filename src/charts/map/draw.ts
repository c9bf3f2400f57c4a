/**
 * A council's localities on a map, shaded by how much the council says is needed there: light to
 * dark orange by the number of needs stated for the locality, with what they add up to written
 * on the label (places, flats…, and needs without a number). A blue marker counts the named homes
 * and services there (a ring for those planned). A locality with no need published is hatched
 * grey and says "not published", never drawn as zero. Boundaries come from ONS wards grouped by
 * an approximate mapping, and say so.
 */
import { geoArea, geoMercator, geoPath } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { COLOURS, NEED_SCALE, patternDefs, patternId } from '../kit/palette.ts';
import { chartOutput, type ChartMeta, type ChartOutput, type DataTable, type Drawing, type LegendItem } from '../kit/output.ts';
import { markAttrs } from '../kit/interaction.ts';
import { PAD } from '../kit/axes.ts';
import { axisAttrs, meaningAttr, meaningOf } from '../kit/rules.ts';
import { circle, rect, text } from '../kit/svg.ts';
import { textWidth, wrap } from '../kit/text.ts';

export interface MapArea {
  id: string;
  name: string;
  /** Short name, drawn on the narrow map. */
  short: string;
  /** Current needs stated for the locality (with or without a number). */
  needs: number;
  /** What the needs add up to, by unit: "3 places", "1 place, 1 property; 1 without a number". Empty with no need. */
  needAmount: string;
  /** Named homes and services open now (or closing). */
  provision: number;
  /** Named homes and services planned or being developed. */
  planned: number;
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
/** The shading class: 1, 2, 3, or 4 and more stated needs. */
export const needClass = (needs: number) => Math.min(needs, NEED_SCALE.length) - 1;
const CLASS_WORDS = ['1 stated need', '2 stated needs', '3 stated needs', `${NEED_SCALE.length} or more stated needs`];
/** What the label says about need: "3 needs: 3 places", or "needs: not published". */
export const needLine = (a: MapArea) => (a.needs ? `${count(a.needs, 'need', 'needs')}: ${a.needAmount}` : 'needs: not published');
const supplyWords = (a: MapArea) => `${count(a.provision, 'named home or service', 'named homes or services')}${a.planned ? `, ${a.planned} planned` : ''}`;

/** The supply marker: a blue disc with the count of open homes, a ring with the count planned. */
function supplyMarker(a: MapArea, x: number, y: number): { svg: string; width: number } {
  const r = 9;
  let svg = '';
  let dx = 0;
  if (a.provision) {
    svg += circle({ cx: x + r, cy: y, r, fill: COLOURS.supply, ...meaningOf('supply') }) + text(x + r, y, String(a.provision), { size: 11, bold: true, anchor: 'middle', baseline: 'middle', fill: COLOURS.paper });
    dx += 2 * r + 3;
  }
  if (a.planned) {
    svg += circle({ cx: x + dx + r, cy: y, r: r - 1, fill: COLOURS.paper, stroke: COLOURS.supply, 'stroke-width': 2.5, ...meaningOf('planned') }) + text(x + dx + r, y, String(a.planned), { size: 11, bold: true, anchor: 'middle', baseline: 'middle' });
    dx += 2 * r + 3;
  }
  return { svg, width: dx };
}

function draw(input: MapInput, width: number, prefix: string): Drawing {
  const narrow = width < 500;
  const fc: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: input.features.map(forD3) };
  // The shading key sits above the map: the map's one scale, in stated needs.
  const used = [...new Set(input.areas.filter((a) => a.needs > 0).map((a) => needClass(a.needs)))].sort();
  // The key wraps onto as many lines as it needs.
  const key: string[] = [];
  let kx = PAD;
  let ky = 6;
  for (const c of used) {
    const label = CLASS_WORDS[c];
    const w = 22 + 6 + textWidth(label, 12.5) + 12;
    if (kx + w > width - PAD && kx > PAD) {
      kx = PAD;
      ky += 20;
    }
    key.push(rect({ x: kx, y: ky, width: 22, height: 14, fill: NEED_SCALE[c], stroke: COLOURS.ink, 'stroke-width': 1, ...meaningOf('scale') }), text(kx + 28, ky + 11.5, label, { size: 12.5 }));
    kx += w;
  }
  const keyH = used.length ? ky + 24 : 0;
  const mapH = Math.round(width * 0.66);
  const lines = narrow ? input.areas.map((a) => wrap(`${a.name}: ${needLine(a)}; ${supplyWords(a)}`, width - 2 * PAD, 12.5)) : [];
  const listH = narrow ? lines.reduce((n, l) => n + l.length * 15.6 + 4, 8) : 0;
  const height = keyH + mapH + listH;
  const projection = geoMercator().fitExtent([[PAD, keyH + PAD + (narrow ? 4 : 8)], [width - PAD, keyH + mapH - 22]], fc);
  const path = geoPath(projection);
  const out: string[] = [patternDefs(prefix), `<g ${axisAttrs('colour', 'needs')}>${key.join('')}</g>`];
  let marks = 0;
  const labels: string[] = [];
  const ordered = [...fc.features].sort((a, b) => Number(a.properties!.locality === input.highlight) - Number(b.properties!.locality === input.highlight));
  for (const f of ordered) {
    const id = f.properties!.locality as string;
    const a = input.areas.find((x) => x.id === id);
    if (!a) continue;
    const hl = id === input.highlight;
    const fill = a.needs > 0 ? NEED_SCALE[needClass(a.needs)] : `url(#${patternId(prefix, 'none')})`;
    const d = path(f) ?? '';
    const [cx, cy] = path.centroid(f);
    const size = narrow ? 12 : 13.5;
    const sub = needLine(a);
    const marker = supplyMarker(a, 0, 0);
    // A long need line wraps, so one locality's box never spreads over its neighbours'.
    const subLines = wrap(sub, 200, size - 1);
    const w = Math.max(textWidth(a.name, size, true) + (marker.width ? marker.width + 4 : 0), ...subLines.map((l) => textWidth(l, size - 1))) + 8;
    const h = size * 2 + 10 + (subLines.length - 1) * 1.25 * (size - 1);
    // Keep label boxes inside the map.
    const bx = Math.min(Math.max(PAD, cx - w / 2), width - PAD - w);
    const by = Math.min(Math.max(keyH + PAD, cy - h / 2), keyH + mapH - 22 - h);
    const label = narrow
      ? `<text x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" font-size="12" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="${COLOURS.ink}" stroke="${COLOURS.paper}" stroke-width="3.5" paint-order="stroke">${a.short.replace(/&/g, '&amp;')}</text>` +
        (a.needs ? '' : text(cx, cy + 14, 'not published', { size: 11, anchor: 'middle', baseline: 'middle' }).replace('<text ', `<text stroke="${COLOURS.paper}" stroke-width="3" paint-order="stroke" `))
      : rect({ x: bx, y: by, width: w, height: h, fill: COLOURS.paper, stroke: hl ? COLOURS.ink : COLOURS.none, 'stroke-width': hl ? 2.5 : 1, rx: 2 }) +
        text(bx + 4, by + size + 1, a.name, { size, bold: true }) +
        supplyMarker(a, bx + 4 + textWidth(a.name, size, true) + 4, by + size / 2 + 3).svg +
        text(bx + 4, by + 2 * size + 5, subLines, { size: size - 1 });
    const aria = `${a.name}: ${a.needs ? `${count(a.needs, 'stated need', 'stated needs')} (${a.needAmount})` : 'no need published'}; ${supplyWords(a)}.`;
    out.push(`<g ${markAttrs(aria, { row: 0, col: marks }, id, 'needs')}><path d="${d}" fill="${fill}" stroke="${COLOURS.ink}" stroke-width="${hl ? 4 : 1.5}" stroke-linejoin="round" ${meaningAttr(a.needs > 0 ? 'scale' : 'not-published')}/></g>`);
    labels.push(label);
    marks++;
  }
  out.push(...labels);
  if (input.approximate) out.push(text(PAD, keyH + mapH - 6, 'Boundaries are approximate: built from wards.', { size: 12, fill: COLOURS.muted }));
  if (narrow) {
    let ly = keyH + mapH + 14;
    input.areas.forEach((a, i) => {
      out.push(text(PAD, ly, lines[i], { size: 12.5, bold: a.id === input.highlight }));
      ly += lines[i].length * 15.6 + 4;
    });
  }
  return { width, height, body: out.join(''), marks };
}

export function takeaway(input: MapInput): string {
  const { areas, highlight } = input;
  const none = areas.filter((a) => a.needs === 0).map((a) => a.name);
  if (highlight) {
    const a = areas.find((x) => x.id === highlight)!;
    const need = a.needs ? `${count(a.needs, 'stated need', 'stated needs')} (${a.needAmount})` : 'no need published';
    return `${a.name} has ${need} and ${count(a.provision, 'named home or service', 'named homes or services')}${a.planned ? ` (${a.planned} more planned)` : ''} in the documents.`;
  }
  const most = [...areas].sort((a, b) => b.needs - a.needs || b.provision - a.provision)[0];
  return `${most.name} has the most needs stated (${count(most.needs, 'need', 'needs')}: ${most.needAmount || 'none'}) and ${count(most.provision, 'named home or service', 'named homes or services')}${none.length ? `; no need is published for ${none.join(' or ')}` : ''}.`;
}

export function mapChart(input: MapInput): ChartOutput {
  const { meta, areas } = input;
  const table: DataTable = {
    caption: `${meta.title}: data`,
    columns: ['Locality', 'Stated needs', 'What they add up to', 'Named homes and services', 'Planned', 'Needs', 'Homes and services'],
    rows: areas.map((a) => ({ key: a.id, id: a.id, cells: [a.name, a.needs ? String(a.needs) : 'not published', a.needAmount || 'not published', String(a.provision), String(a.planned), a.needText, a.provisionText] })),
  };
  const alt = `Map of ${areas.length} localities of ${input.place}${input.approximate ? ' with approximate boundaries' : ''}, shaded light to dark orange by the number of needs the council states there. ` +
    areas.map((a) => `${a.name}: ${a.needs ? `${count(a.needs, 'stated need', 'stated needs')} (${a.needAmount})` : 'no need published'}, ${supplyWords(a)}`).join('; ') +
    '. Localities with no need published are hatched grey. A blue disc counts the named homes and services open there; a ring, those planned.' +
    (input.highlight ? ` ${areas.find((a) => a.id === input.highlight)?.name} is outlined in bold.` : '');
  const classes = [...new Set(areas.filter((a) => a.needs > 0).map((a) => needClass(a.needs)))].sort();
  const legend: LegendItem[] = [
    ...classes.map((c) => ({ swatch: (['need-1', 'need-2', 'need-3', 'need-4'] as const)[c], label: CLASS_WORDS[c], meaning: 'scale' as const })),
    { swatch: 'none', label: 'Not published: no need stated for this locality (not zero)', meaning: 'not-published' },
    ...(areas.some((a) => a.provision) ? [{ swatch: 'site' as const, label: 'Named homes and services open there (number)', meaning: 'supply' as const }] : []),
    ...(areas.some((a) => a.planned) ? [{ swatch: 'planned' as const, label: 'Named homes and services planned there (number)', meaning: 'planned' as const }] : []),
  ];
  const notes = [
    ...(input.approximate ? ['The council does not publish which wards make up each locality, so these boundaries are approximate: we grouped ONS wards by name and former district.'] : []),
    'Most of the council’s figures are for the whole county, so they do not appear on this map.',
    input.attribution,
    ...(meta.notes ?? []),
  ];
  return chartOutput('map', meta, { takeaway: takeaway(input), alt, legend, notes, table }, (width, prefix) => draw(input, width, prefix));
}
