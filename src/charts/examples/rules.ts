/**
 * The chart rules (issue 12), each in plain words with the example that follows it. The browser
 * test shows each rule above its chart and checks the rule on the rendered page
 * (tests/e2e/chart-examples.spec.ts); the gate checks them on every built page
 * (scripts/check-charts.ts). SYNTHETIC TEST DATA, as every example.
 */
export interface RuleExample {
  /** Which rule: one of the checks in scripts/lib/chart-rules.ts, or a rule about what a page shows. */
  rule: 'unit' | 'colour' | 'date' | 'segment' | 'type-page' | 'map-amount';
  /** The rule in plain words. */
  words: string;
  /** The example that follows it: kind and name in src/charts/examples/index.ts. */
  kind: string;
  name: string;
}

export const RULE_EXAMPLES: readonly RuleExample[] = [
  {
    rule: 'unit',
    words: 'One unit per axis. Needs counted in places, carers and flats are never measured against one scale: each unit gets its own group with its own axis, named for the unit.',
    kind: 'gap',
    name: 'mixed',
  },
  {
    rule: 'colour',
    words: 'One meaning per colour on a page. Where children live (teal, dark to light with distance) and who looks after them (purple) have colours of their own, and neither uses supply blue or need orange.',
    kind: 'where',
    name: 'splits',
  },
  {
    rule: 'date',
    words: 'One date per bar, and the date on each bar. Every part of a bar and its total are figures for the same date, written in the bar’s label.',
    kind: 'where',
    name: 'narrowPart',
  },
  {
    rule: 'segment',
    words: 'No segment without a label or a table entry. A part too narrow for its number is written out under its bar and has its own row in the data table; so does the part not broken down.',
    kind: 'where',
    name: 'narrowPart',
  },
  {
    rule: 'type-page',
    words: 'A placement type’s page shows that type’s rows only, not every type’s; it links to the chart of all types.',
    kind: 'gap',
    name: 'onePage',
  },
  {
    rule: 'map-amount',
    words: 'The locality map is shaded by how much is needed there, with what the needs add up to and the homes there marked. A locality with no published figure says “not published”; it is never drawn as zero.',
    kind: 'map',
    name: 'threeAreas',
  },
];
