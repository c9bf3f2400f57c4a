/**
 * The chart palette: a blue/orange pair that survives protanopia, deuteranopia and tritanopia,
 * every colour at least 3:1 against white (WCAG 1.4.11; measured in tests/unit/palette.test.ts),
 * and patterns so that no meaning rests on colour alone.
 */
export const COLOURS = {
  ink: '#0b0c0c',
  muted: '#484949',
  /** Supply, provision, living in the council's own area, council-run: 6.75:1 on white. */
  supply: '#1d5e99',
  /** Need and shortfall, neighbouring areas, independent: 5.5:1 on white. */
  gap: '#b34700',
  /** A third category (further away): 7.1:1 on white. */
  third: '#505a5f',
  /** Lines of the "not published" hatch and outline: 4.6:1 on white. */
  none: '#6f777b',
  /** Gridlines: decoration only, so exempt from 3:1. */
  grid: '#d8dadb',
  /** Background band behind the highlighted type or locality: decoration; the band also has a 4px bar in `supply`. */
  band: '#e8f1f8',
  paper: '#ffffff',
} as const;

/** Pattern ids are prefixed per SVG so several charts can share a page without clashing ids. */
export const patternId = (prefix: string, name: 'none' | 'suppressed' | 'computed' | 'need-area') => `${prefix}-${name}`;

/**
 * not published: grey diagonal hatch; suppressed (c): dots; computed gap: orange stripes
 * (against the solid orange of a stated gap); need-area: light orange hatch for map areas.
 */
export function patternDefs(prefix: string): string {
  const c = COLOURS;
  return `<defs>
<pattern id="${patternId(prefix, 'none')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c.paper}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${c.none}" stroke-width="1.5"/></pattern>
<pattern id="${patternId(prefix, 'suppressed')}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${c.paper}"/><circle cx="2.5" cy="2.5" r="1.1" fill="${c.ink}"/></pattern>
<pattern id="${patternId(prefix, 'computed')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="${c.paper}"/><rect width="3" height="6" fill="${c.gap}"/></pattern>
<pattern id="${patternId(prefix, 'need-area')}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${c.paper}"/><line x1="0" y1="0" x2="0" y2="8" stroke="${c.gap}" stroke-width="2"/></pattern>
</defs>`;
}
