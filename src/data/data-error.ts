/** One problem in one data file, located by a JSON path such as `[3].places`. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}

export function formatIssue(i: DataIssue): string {
  return i.path ? `${i.file}: ${i.path}: ${i.message}` : `${i.file}: ${i.message}`;
}

/** Thrown when data is invalid; the message lists every issue, one per line. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(
      `Data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was built:\n` +
        issues.map((i) => '  ' + formatIssue(i)).join('\n'),
    );
    this.name = 'DataError';
    this.issues = issues;
  }
}

/** `['figures', 3, 'value']` → `[3].value`; `['contacts', 0, 'email']` → `contacts[0].email`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
