import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { DataError } from '../../src/data/data-error.ts';
import { BAD_INPUTS, makeBadCopy } from '../support/bad-inputs.ts';

describe('bad input is refused with the file and JSON path', () => {
  it('covers every category the issue lists', () => {
    const names = BAD_INPUTS.map((c) => c.name).join('\n');
    for (const category of [/malformed JSON/, /missing file/, /wrong type/, /unknown (placement type|locality|source)/, /duplicate id/, /negative count/, /min above max/, /impossible date/, /as at" in the future|as at in the future/, /missing provenance/, /HTML in a text field/, /script/, /child count 1-5 published unsuppressed/, /suppressed value recoverable from a published total/]) {
      expect(names).toMatch(category);
    }
  });
  it('has at least 30 distinct cases', () => {
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBeGreaterThanOrEqual(30);
  });
  for (const c of BAD_INPUTS) {
    it(c.name, () => {
      const { dir, cleanup } = makeBadCopy(c);
      try {
        let error: unknown;
        try {
          // The loader's checks, then the disclosure guard: the same two steps check-data runs.
          buildModel(loadCouncilData(dir, { label: 'data/councils/dorset' }), { label: 'data/councils/dorset' });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(DataError);
        const issues = (error as DataError).issues;
        const hit = issues.find((i) => i.file === `data/councils/dorset/${c.file}` && (typeof c.path === 'string' ? i.path === c.path : c.path.test(i.path)));
        expect(hit, `no issue for ${c.file} at ${c.path}; got:\n${(error as Error).message}`).toBeDefined();
        expect(hit!.message).toMatch(c.message);
        expect((error as Error).message).toContain(`data/councils/dorset/${c.file}`);
      } finally {
        cleanup();
      }
    });
  }
});
