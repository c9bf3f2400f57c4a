/** Runs the project's tools (Astro, Pagefind, Node scripts) as child processes, measuring time, CPU and memory. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export interface RunResult {
  code: number;
  output: string;
  ms: number;
  /** Peak resident memory (kB) and CPU time (user + system, ms) of the child and its children, where /usr/bin/time exists. */
  maxRssKb?: number;
  cpuMs?: number;
}

const TIME = '/usr/bin/time';

/**
 * Node options for every `astro build` (also in package.json's build script): a larger young
 * generation, so the many short-lived objects of rendering 200 pages are collected in fewer
 * scavenges (about 1 s of CPU less per national build here).
 */
export const ASTRO_NODE_OPTIONS = '--max-semi-space-size=64';
export const astroEnv = (): NodeJS.ProcessEnv => ({ NODE_OPTIONS: [process.env.NODE_OPTIONS, ASTRO_NODE_OPTIONS].filter(Boolean).join(' ') });

/** Runs a tool with the project's Node first on PATH; output is kept for error messages. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const t0 = performance.now();
  const timeFile = existsSync(TIME) ? join(tmpdir(), `run-time-${process.pid}-${Math.random().toString(36).slice(2)}`) : undefined;
  const [c, a] = timeFile ? [TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((done) => {
    const PATH = [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
    const child = spawn(c, a, { env: { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const finish = (code: number) => {
      const r: RunResult = { code, output, ms: Math.round(performance.now() - t0) };
      if (timeFile && existsSync(timeFile)) {
        const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (m) Object.assign(r, { maxRssKb: Number(m[1]), cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000) });
        rmSync(timeFile, { force: true });
      }
      done(r);
    };
    child.on('close', (code) => finish(code ?? 1));
    child.on('error', (e) => {
      output += String(e);
      finish(1);
    });
  });
}

