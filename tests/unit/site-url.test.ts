/** The public address: one setting, never a loopback address in a build for publishing. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_ADDRESS, publicSiteUrl } from '../../scripts/lib/site-url.ts';

/** A project folder whose site file (data/site/site.json) has the given publicUrl, or none. */
const council = (publicUrl?: string) => {
  const root = mkdtempSync(join(tmpdir(), 'site-url-'));
  mkdirSync(join(root, 'data/site'), { recursive: true });
  writeFileSync(join(root, 'data/site/site.json'), JSON.stringify(publicUrl ? { publicUrl } : {}));
  return root;
};

describe('public site address', () => {
  it('a build with no address set stops with a message naming both ways to set one', () => {
    expect(() => publicSiteUrl({}, council())).toThrow(/SITE_URL.*publicUrl.*build:local/s);
  });
  it('refuses a loopback address for publishing, from either setting', () => {
    expect(() => publicSiteUrl({ SITE_URL: 'http://127.0.0.1:4321' }, council())).toThrow(/loopback/);
    expect(() => publicSiteUrl({}, council('http://localhost:8080/'))).toThrow(/loopback/);
  });
  it('takes SITE_URL first, then the site file', () => {
    expect(publicSiteUrl({ SITE_URL: 'https://a.example.gov.uk' }, council('https://b.example.gov.uk'))).toBe('https://a.example.gov.uk');
    expect(publicSiteUrl({}, council('https://b.example.gov.uk'))).toBe('https://b.example.gov.uk');
  });
  it('reads the site file SITE_CONFIG names', () => {
    const root = council();
    writeFileSync(join(root, 'other.json'), JSON.stringify({ publicUrl: 'https://c.example.gov.uk' }));
    expect(publicSiteUrl({ SITE_CONFIG: 'other.json' }, root)).toBe('https://c.example.gov.uk');
  });
  it('local preview and dev may use this computer', () => {
    expect(publicSiteUrl({ LOCAL_PREVIEW: '1' }, council())).toBe(LOCAL_ADDRESS);
    expect(publicSiteUrl({}, council(), { dev: true })).toBe(LOCAL_ADDRESS);
  });
});
