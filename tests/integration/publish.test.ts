/**
 * Publishing never yields a broken site. One file, so its builds run one after another:
 * 1. every bad input makes `scripts/publish.ts` exit non-zero, name the file and JSON path,
 *    and leave the published site byte-for-byte as it was;
 * 2. `scripts/watch.ts` re-publishes on a data change (search index included), keeps serving
 *    the last good site when an edit is bad, and debounces bursts of changes;
 * 3. text from the data is escaped in the HTML it lands in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BAD_INPUTS, makeBadCopy } from '../support/bad-inputs.ts';
import { publish } from '../../scripts/lib/publish.ts';
import { walk } from '../../scripts/lib/dist.ts';

// These publishes go to a temporary folder on this computer: a local address is right here.
process.env.LOCAL_PREVIEW = '1';

const tmp = mkdtempSync(join(tmpdir(), 'publish-test-'));
// Deleting several published builds takes more than the default 10 s on a busy machine.
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

/** Every file under the published path with its SHA-256, plus where the path points. */
function snapshot(out: string) {
  const files = walk(out).map((f) => `${f} ${createHash('sha256').update(readFileSync(join(out, f))).digest('hex')}`);
  return { target: readlinkSync(out), files };
}

describe('bad input never reaches the published site', () => {
  const out = join(tmp, 'published');
  let before: ReturnType<typeof snapshot>;
  beforeAll(async () => {
    const r = await publish({ dataDir: 'data/councils/dorset', out });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    before = snapshot(out);
    expect(before.files.some((f) => f.startsWith('index.html '))).toBe(true);
    expect(before.files.some((f) => f.startsWith('pagefind/pagefind.js '))).toBe(true);
  }, 120_000);

  for (const c of BAD_INPUTS) {
    it(`publish refuses: ${c.name}`, () => {
      const { dir, cleanup } = makeBadCopy(c);
      try {
        const r = spawnSync(process.execPath, ['scripts/publish.ts', '--data', dir, '--out', out], { encoding: 'utf8' });
        expect(r.status).not.toBe(0);
        const line = r.stderr.split('\n').find((l) => l.includes(`dorset/${c.file}`) && (typeof c.path === 'string' ? l.includes(c.path ? `${c.file}: ${c.path}: ` : `${c.file}: `) : c.path.test(l.split(`${c.file}: `)[1]?.split(': ')[0] ?? '')));
        expect(line, `no line naming ${c.file} at ${c.path} in:\n${r.stderr}`).toBeDefined();
        expect(line).toMatch(c.message);
        expect(r.stderr).toMatch(/is unchanged/);
        expect(snapshot(out)).toEqual(before);
        expect(readdirSync(`${out}-builds`)).toEqual([before.target.split('/').pop()]);
      } finally {
        cleanup();
      }
    });
  }
});

describe('npm run watch', () => {
  const data = join(tmp, 'watch-data', 'dorset');
  const content = join(tmp, 'watch-content');
  const out = join(tmp, 'watched');
  const port = 4400 + Math.floor(Math.random() * 500);
  let child: ChildProcess;
  let log = '';
  const waitFor = async (re: RegExp, from: number, ms = 90_000) => {
    const t0 = Date.now();
    while (Date.now() - t0 < ms) {
      const m = re.exec(log.slice(from));
      if (m) return m;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${re} in:\n${log.slice(from)}`);
  };
  const get = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).text();
  const typesFile = join(data, 'placement-types.json');
  const editDescription = (text: string) => {
    const types = JSON.parse(readFileSync(typesFile, 'utf8'));
    types.find((t: { id: string }) => t.id === 'childrens-homes').description = text;
    writeFileSync(typesFile, JSON.stringify(types, null, 2));
  };
  // Passes the schema (no tags) but needs escaping everywhere it lands.
  const HOSTILE = `Zebracorn homes & more: 1 < 2 --> "quoted" and 'single' \${x} a</b c`;

  beforeAll(async () => {
    cpSync('data/councils/dorset', data, { recursive: true });
    cpSync('content', content, { recursive: true });
    child = spawn(process.execPath, ['scripts/watch.ts', '--data', data, '--content', content, '--out', out, '--port', String(port), '--debounce', '250'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    await waitFor(/published .* in \d+ ms/, 0);
  }, 120_000);
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('publishes a data change, search index included, once for a burst of edits', async () => {
    expect(await get('/councils/dorset/placement-types/childrens-homes/')).not.toContain('Zebracorn');
    const from = log.length;
    for (let i = 0; i < 3; i++) {
      editDescription(HOSTILE);
      await new Promise((r) => setTimeout(r, 30));
    }
    await waitFor(/published .* in \d+ ms/, from);
    expect(log.slice(from).match(/validating and building/g)).toHaveLength(1);
    expect(await get('/councils/dorset/placement-types/childrens-homes/')).toContain('Zebracorn');
    const fragments = join(out, 'pagefind', 'fragment');
    const indexed = readdirSync(fragments).some((f) => gunzipSync(readFileSync(join(fragments, f))).toString('utf8').includes('Zebracorn'));
    expect(indexed, 'the new text is in the published search index').toBe(true);
  }, 120_000);

  it('escapes data text in the HTML (no markup can be injected)', async () => {
    const html = await get('/councils/dorset/placement-types/childrens-homes/');
    expect(html).toContain('Zebracorn homes &amp; more: 1 &lt; 2 --&gt;');
    expect(html).not.toContain('a</b c');
    expect(html).not.toContain('<b c');
    // Inside attributes (meta description) the quotes are escaped too, so the attribute cannot end early.
    for (const m of html.matchAll(/<meta[^>]*content="([^"]*Zebracorn[^"]*)"/g)) expect(m[1]).not.toMatch(/[<>"]/);
  });

  it('keeps the last good site published and served when an edit is bad, and says why', async () => {
    const target = readlinkSync(out);
    const from = log.length;
    const provision = JSON.parse(readFileSync(join(data, 'provision.json'), 'utf8'));
    provision[3].capacity = -2;
    writeFileSync(join(data, 'provision.json'), JSON.stringify(provision, null, 2));
    await waitFor(/not published \(validate failed\)/, from);
    expect(log.slice(from)).toMatch(/dorset\/provision\.json: \[3\]\.capacity: expected a non-negative number, received -2/);
    expect(readlinkSync(out)).toBe(target);
    expect(await get('/councils/dorset/placement-types/childrens-homes/')).toContain('Zebracorn');
  }, 120_000);
});
