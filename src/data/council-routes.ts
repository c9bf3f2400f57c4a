/** Every council's own public routes (data/site/council-routes.json), validated once per build. */
import { resolve } from 'node:path';
import { CouncilRoutes, type CouncilRoute } from './schemas/council-routes.ts';
import { readJsonFile } from './load.ts';
import { DataError, type DataIssue } from './data-error.ts';

export const COUNCIL_ROUTES_FILE = 'data/site/council-routes.json';

let cached: Map<string, CouncilRoute> | undefined;

/** The checked routes by council slug; throws a DataError naming file and JSON path when the file is bad. */
export function councilRoutes(): Map<string, CouncilRoute> {
  if (cached && import.meta.env?.PROD) return cached;
  const issues: DataIssue[] = [];
  const list = readJsonFile(resolve(COUNCIL_ROUTES_FILE), COUNCIL_ROUTES_FILE, CouncilRoutes, issues);
  if (!list) throw new DataError(issues);
  cached = new Map(list.map((r) => [r.slug, r]));
  return cached;
}
