/**
 * The chart palette. Each colour has one meaning across the site (the rule "one meaning per
 * colour on a page" is checked on every built page by tests/unit/chart-rules-site.test.ts):
 * blue is supply, orange is need, and every other split gets a colour of its own. Colours that
 * sit side by side in one chart differ in lightness as well as hue, so they survive protanopia,
 * deuteranopia and tritanopia; every mark also has a label or a table row, so no meaning rests
 * on colour alone (measured in tests/unit/chart-support.test.ts).
 */
export const COLOURS = {
  ink: '#0b0c0c',
  muted: '#484949',
  /** Supply: places, carers and homes that exist now (gap chart, grid, map markers): 6.75:1 on white. */
  supply: '#1d5e99',
  /** Need and shortfall (gap chart, grid); a success measure's target: 5.5:1 on white. */
  gap: '#b34700',
  /** Lines of the "not published" hatch and outline: 4.6:1 on white. */
  none: '#6f777b',
  /** Gridlines: decoration only, so exempt from 3:1. */
  grid: '#d8dadb',
  /** Background band behind the highlighted type or locality: decoration; the band also has a 4px bar in `supply`. */
  band: '#e8f1f8',
  paper: '#ffffff',
} as const;

/**
 * Where children live, by distance: one teal, dark (in the council's area) to light (further
 * away), so the order reads in greyscale too. Light fills are outlined in ink (WCAG 1.4.11).
 */
export const WHERE = { 'in-area': '#0f5e5a', neighbouring: '#3a8f87', 'further-away': '#9fd3cd' } as const;
/** Who looks after them: one purple, dark (the council's own carers) and light (independent). */
export const OPERATOR = { council: '#4b2c7f', independent: '#b9a3d9' } as const;
/** Lines of a trend chart, each also with its own dash and marker shape and named at its end. */
export const LINES = ['#0b0c0c', '#505a5f', '#7a5c00'] as const;
/** Money spent (finance chart): a wine red no other chart uses, so black keeps its trend-line meaning: 8:1 on white. */
export const MONEY = { spending: '#8f2d56' } as const;
/** Comparison bars: the page's own area in dark navy (13:1 on white), the areas it is compared with in mid grey (3.9:1), told apart by lightness. */
export const BENCH = { 'this-area': '#003078', comparator: '#7d8489' } as const;
/** How many needs a locality states: light to dark orange (ColorBrewer Oranges), outlined in ink. */
export const NEED_SCALE = ['#fdbe85', '#fd8d3c', '#e6550d', '#a63603'] as const;

/** Ink or white, whichever reads better on a fill (at least 4.5:1 for the palette's fills). */
export function textOn(fill: string): string {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(fill.slice(i, i + 2), 16) / 255));
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // White wins when (1.05)/(l+.05) beats (l+.05)/(ink's .0537).
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0537 ? COLOURS.paper : COLOURS.ink;
}

/** Pattern ids are prefixed per SVG so several charts can share a page without clashing ids. */
export const patternId = (prefix: string, name: 'none' | 'suppressed' | 'computed') => `${prefix}-${name}`;

/** not published: grey diagonal hatch; suppressed (c): dots; computed gap: orange stripes (against the solid orange of a stated gap). */
export function patternDefs(prefix: string): string {
  const c = COLOURS;
  return `<defs>
<pattern id="${patternId(prefix, 'none')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c.paper}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${c.none}" stroke-width="1.5"/></pattern>
<pattern id="${patternId(prefix, 'suppressed')}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${c.paper}"/><circle cx="2.5" cy="2.5" r="1.1" fill="${c.ink}"/></pattern>
<pattern id="${patternId(prefix, 'computed')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="${c.paper}"/><rect width="3" height="6" fill="${c.gap}"/></pattern>
</defs>`;
}
