/** Every chart example, rendered: the list the unit and browser tests walk. SYNTHETIC TEST DATA. */
import type { ChartOutput } from '../kit/output.ts';
import { gapChart } from '../gap/draw.ts';
import { matrixChart } from '../matrix/draw.ts';
import { mapChart } from '../map/draw.ts';
import { whereChart } from '../where/draw.ts';
import { trendChart } from '../trend/draw.ts';
import { progressChart } from '../progress/draw.ts';
import { regionMapDraw } from '../region-map/draw.ts';
import { financeChart } from '../finance/draw.ts';
import { gapExamples } from '../gap/examples.ts';
import { matrixExamples } from '../matrix/examples.ts';
import { mapExamples } from '../map/examples.ts';
import { whereExamples } from '../where/examples.ts';
import { trendExamples } from '../trend/examples.ts';
import { progressExamples } from '../progress/examples.ts';
import { regionMapExamples } from '../region-map/examples.ts';
import { financeExamples } from '../finance/examples.ts';
import { benchmarkChart } from '../benchmark/draw.ts';
import { benchmarkExamples } from '../benchmark/examples.ts';

export interface RenderedExample {
  /** The kind of chart ("gap", "matrix", …). */
  kind: string;
  name: string;
  chart: ChartOutput;
}

const render = <I,>(kind: string, examples: Record<string, I>, draw: (i: I) => ChartOutput): RenderedExample[] =>
  Object.entries(examples).map(([name, input]) => ({ kind, name, chart: draw(input) }));

export { EXAMPLE_PLACE, EXAMPLE_SUPPRESSED } from './meta.ts';
export { RULE_EXAMPLES, type RuleExample } from './rules.ts';

export const allExamples = (): RenderedExample[] => [
  ...render('gap', gapExamples, gapChart),
  ...render('matrix', matrixExamples, matrixChart),
  ...render('map', mapExamples, mapChart),
  ...render('where', whereExamples, whereChart),
  ...render('trend', trendExamples, trendChart),
  ...render('progress', progressExamples, progressChart),
  ...render('region-map', regionMapExamples, regionMapDraw),
  ...render('finance', financeExamples, financeChart),
  ...render('benchmark', benchmarkExamples, benchmarkChart),
];
