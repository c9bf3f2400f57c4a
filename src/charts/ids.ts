/** Chart ids, so pages, input builders and tests name them one way; and when a page's chart focuses. */
export const CHART = {
  gaps: 'gaps-by-type',
  gapsFor: (type: string) => `gaps-by-type-${type}`,
  matrix: 'type-by-locality',
  matrixFor: (loc: string) => `type-by-locality-${loc}`,
  map: 'locality-map',
  mapFor: (loc: string) => `locality-map-${loc}`,
  where: 'where-children-live',
  whereFor: (type: string) => `where-children-live-${type}`,
  /** A measure drawn over time (council.json charts.trends). */
  trendFor: (measure: string) => `trend-${measure}`,
  fosteringBudget: 'trend-fostering-budget',
  /** Budgets and spending by placement type and year (charts/finance). */
  finance: 'spending-by-type',
  financeFor: (type: string) => `spending-by-type-${type}`,
  progress: 'success-measures',
} as const;

/**
 * Above these sizes, per-page charts focus on their own type or locality: past FOCUS_ROWS needs,
 * a type's page shows only its own (so cost grows with types, not types²); past FOCUS_COLS
 * localities, a locality's page shows only its own column of the grid.
 */
export const FOCUS_ROWS = 40;
export const FOCUS_COLS = 12;
