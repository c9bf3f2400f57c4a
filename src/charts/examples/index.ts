/** Every chart example, rendered: the list the unit and browser tests walk. SYNTHETIC TEST DATA. */
import type { ChartOutput } from '../figure.ts';
import { gapChart } from '../gap-chart.ts';
import { matrixChart } from '../matrix-chart.ts';
import { mapChart } from '../map-chart.ts';
import { whereChart } from '../where-chart.ts';
import { trendChart } from '../trend-chart.ts';
import { progressChart } from '../progress-chart.ts';
import { gapExamples } from './gap-chart.examples.ts';
import { matrixExamples } from './matrix-chart.examples.ts';
import { mapExamples } from './map-chart.examples.ts';
import { whereExamples } from './where-chart.examples.ts';
import { trendExamples } from './trend-chart.examples.ts';
import { progressExamples } from './progress-chart.examples.ts';

const render = <I,>(chart: string, ex: Record<string, I>, fn: (i: I) => ChartOutput) => Object.entries(ex).map(([name, input]) => ({ chart, name, figure: fn(input) }));

export const allExamples = (): { chart: string; name: string; figure: ChartOutput }[] => [
  ...render('gap', gapExamples as Record<string, Parameters<typeof gapChart>[0]>, gapChart),
  ...render('matrix', matrixExamples as Record<string, Parameters<typeof matrixChart>[0]>, matrixChart),
  ...render('map', mapExamples as Record<string, Parameters<typeof mapChart>[0]>, mapChart),
  ...render('where', whereExamples as Record<string, Parameters<typeof whereChart>[0]>, whereChart),
  ...render('trend', trendExamples as Record<string, Parameters<typeof trendChart>[0]>, trendChart),
  ...render('progress', progressExamples as Record<string, Parameters<typeof progressChart>[0]>, progressChart),
];
