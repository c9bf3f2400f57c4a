/** Shared metadata for the synthetic examples (test data only, never published). */
import type { ChartMeta } from '../figure.ts';
export const exampleMeta = (id: string, title: string): ChartMeta => ({
  id: `example-${id}`,
  title,
  sources: ['Synthetic test data'],
  asAt: '2024-03-31',
});
