/** Shared metadata and words for the synthetic examples (test data only, never published). */
import type { ChartMeta } from '../kit/output.ts';
import { suppressedExplained } from '../../text/symbols.ts';

export const exampleMeta = (id: string, title: string): ChartMeta => ({
  id: `example-${id}`,
  title,
  sources: ['Synthetic test data'],
  asAt: '2024-03-31',
});

/** A made-up place the examples' council serves. */
export const EXAMPLE_PLACE = 'Westshire';

/** The key's words for "c" under the usual rule (1 to 5 withheld). */
export const EXAMPLE_SUPPRESSED = suppressedExplained({ max: 5 });
