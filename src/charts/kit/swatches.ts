/**
 * Legend swatches: each names one paint (a colour in a form: solid, ring, line, pattern), as the
 * legend's `data-fill` says it, and draws itself for the standalone SVG. The page's legend draws
 * the same swatches in CSS (src/styles/charts.css, `.swatch--<name>`).
 */
import { BENCH, COLOURS, LINES, MONEY, NEED_SCALE, OPERATOR, WHERE, patternId } from './palette.ts';
import { rect } from './svg.ts';

export const SWATCHES = {
  supply: COLOURS.supply,
  /** Supply as a map marker (a disc): the same paint and meaning as supply. */
  site: COLOURS.supply,
  planned: `ring:${COLOURS.supply}`,
  gap: COLOURS.gap,
  computed: 'pattern:computed',
  none: 'pattern:none',
  suppressed: 'pattern:suppressed',
  band: COLOURS.band,
  range: `line:${COLOURS.gap}`,
  target: COLOURS.gap,
  baseline: `ring:${COLOURS.supply}`,
  latest: COLOURS.supply,
  'in-area': WHERE['in-area'],
  neighbouring: WHERE.neighbouring,
  'further-away': WHERE['further-away'],
  council: OPERATOR.council,
  independent: OPERATOR.independent,
  'need-1': NEED_SCALE[0],
  'need-2': NEED_SCALE[1],
  'need-3': NEED_SCALE[2],
  'need-4': NEED_SCALE[3],
  'line-1': `line:${LINES[0]}`,
  'line-2': `line:${LINES[1]}`,
  'line-3': `line:${LINES[2]}`,
  /** Money charts draw without palette colours, so they never give one a second meaning. */
  outline: `ring:${COLOURS.ink}`,
  spending: MONEY.spending,
  'this-area': BENCH['this-area'],
  comparator: BENCH.comparator,
  stripes: 'pattern:difference',
} as const;
export type Swatch = keyof typeof SWATCHES;

/** The paint a swatch stands for: "#1d5e99", "ring:#1d5e99", "line:#0b0c0c", "pattern:none". */
export const paintOf = (s: Swatch): string => SWATCHES[s];

const DASH: Record<string, string | undefined> = { 'line-1': undefined, 'line-2': '6 4', 'line-3': '2 3' };

/** The swatch drawn inside a standalone SVG (downloads and PNG). */
export function swatchSvg(s: Swatch, x: number, y: number, prefix: string): string {
  const base = { x, y, width: 18, height: 12 };
  const paint = SWATCHES[s];
  switch (s) {
    case 'computed':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'computed')})`, stroke: COLOURS.gap });
    case 'none':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'none')})`, stroke: COLOURS.none });
    case 'suppressed':
      return rect({ ...base, fill: `url(#${patternId(prefix, 'suppressed')})`, stroke: COLOURS.ink });
    case 'band':
      return rect({ ...base, fill: COLOURS.band }) + rect({ x, y, width: 4, height: 12, fill: COLOURS.supply });
    case 'range':
      return `<path d="M${x + 1} ${y + 2}v8M${x + 1} ${y + 6}h16M${x + 17} ${y + 2}v8" stroke="${COLOURS.gap}" stroke-width="2" fill="none"/>`;
    case 'target':
      return `<path d="M${x + 9} ${y}l6 6-6 6-6-6z" fill="${COLOURS.gap}"/>`;
    case 'baseline':
    case 'planned':
      return `<circle cx="${x + 9}" cy="${y + 6}" r="5" fill="${COLOURS.paper}" stroke="${COLOURS.supply}" stroke-width="2.5"/>`;
    case 'latest':
    case 'site':
      return `<circle cx="${x + 9}" cy="${y + 6}" r="6" fill="${COLOURS.supply}"/>`;
    case 'line-1':
    case 'line-2':
    case 'line-3':
      return `<path d="M${x} ${y + 6}h18" stroke="${paint.slice(5)}" stroke-width="3"${DASH[s] ? ` stroke-dasharray="${DASH[s]}"` : ''} fill="none"/>`;
    case 'outline':
      return rect({ ...base, fill: COLOURS.paper, stroke: COLOURS.ink, 'stroke-width': 1.5 });
    case 'stripes':
      return rect({ ...base, fill: COLOURS.paper, stroke: COLOURS.ink, 'stroke-width': 1.2 }) + `<path d="M${x + 3} ${y + 12}l6-12M${x + 8} ${y + 12}l6-12M${x + 13} ${y + 12}l5-10" stroke="${COLOURS.ink}" stroke-width="2"/>`;
    default:
      // Solid fills; light ones outlined in ink, as on the chart.
      return rect({ ...base, fill: paint, stroke: COLOURS.ink, 'stroke-width': 1 });
  }
}
