/**
 * The official profile's catalogue (data/site/profile.json, or PROFILE_FILE): computed measures,
 * the page sections and the England-wide comparisons. Read and validated once per process.
 */
import { resolve, relative } from 'node:path';
import { Profile } from './schemas/profile.ts';
import { readJsonFile } from './load.ts';
import { DataError, type DataIssue } from './data-error.ts';

export const DEFAULT_PROFILE_FILE = 'data/site/profile.json';

export function readProfile(file: string): Profile {
  const issues: DataIssue[] = [];
  const shown = relative(process.cwd(), file).replaceAll('\\', '/') || file;
  const p = readJsonFile(file, shown, Profile, issues);
  if (!p) throw new DataError(issues);
  return p;
}

let cached: { file: string; profile: Profile } | undefined;
export function profileCatalogue(): Profile {
  const file = resolve(process.env.PROFILE_FILE || DEFAULT_PROFILE_FILE);
  if (cached?.file !== file) cached = { file, profile: readProfile(file) };
  return cached.profile;
}
