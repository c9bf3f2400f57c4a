/**
 * View models, built without Astro, for the Dorset data and for the synthetic Brackenmoor council
 * (tests/fixtures/councils/brackenmoor: other places, threshold 10, two editions).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel, type Model } from '../../src/data/model.ts';
import { homeView } from '../../src/views/home.ts';
import { placementTypeView, placementTypeIndexView } from '../../src/views/placement-type.ts';
import { localityView, localityIndexView } from '../../src/views/locality.ts';
import { fosteringView } from '../../src/views/fostering.ts';
import { providersView } from '../../src/views/providers.ts';
import { prioritiesView } from '../../src/views/priorities.ts';
import { topicIds, topicView, topicIndexView } from '../../src/views/topics.ts';
import { changesView } from '../../src/views/changes.ts';
import { sourcesView } from '../../src/views/sources.ts';
import { dataView } from '../../src/views/data.ts';
import { siteMapView, searchView } from '../../src/views/site-map.ts';
import { siteView } from '../../src/views/site.ts';

const FIXTURE = 'tests/fixtures/councils/brackenmoor';
const today = new Date('2026-12-01');
const load = (dir: string) => buildModel(loadCouncilData(dir, { today }));

/** Every view of every page kind for one model, as one JSON string. */
function allViews(m: Model): string {
  const views: unknown[] = [siteView(m), homeView(m), placementTypeIndexView(m), localityIndexView(m), fosteringView(m), providersView(m), prioritiesView(m), topicIndexView(m), changesView(m), sourcesView(m), dataView(m)];
  for (const t of m.placementTypes) views.push(placementTypeView(m, t));
  for (const l of m.localities) views.push(localityView(m, l));
  for (const t of topicIds()) views.push(topicView(m, t));
  return JSON.stringify(views, (_k, v) => (v instanceof Map ? [...v] : v));
}

describe('views for Dorset', () => {
  const m = load('data/councils/dorset');
  it('home leads with the headline measures as at the current edition, numbers from the strategy snapshot', () => {
    const v = homeView(m);
    // Strategy §5 snapshot, October 2023 (../shared/seed-data.md): 465 children in care, 310 fostered,
    // 53 in children's homes, 171 council fostering households, 31 home places, 87 framework places.
    expect(v.stats.slice(0, 6).map((s) => s.number)).toEqual(['465', '310', '53', '171', '31', '87']);
    expect(v.stats.every((s) => s.cite.asAt?.includes('October 2023'))).toBe(true);
  });
  it('fostering page quotes the carer shortfalls of the recruiting types', () => {
    const v = fosteringView(m);
    expect(v.carerNeeds.map((n) => n.number)).toEqual(expect.arrayContaining(['10', '20']));
    expect(v.stats.map((s) => s.label)).toContain('Dorset Council fostering households');
  });
  it('suppression wording follows the council threshold (1 to 5: fewer than 6)', () => {
    expect(dataView(m).suppressed).toMatch(/fewer than 6 children/);
  });
});

describe('views for a second, synthetic council', () => {
  const m = load(FIXTURE);
  const text = allViews(m);
  it('carry no word of Dorset or any of its places', () => {
    expect(text).not.toMatch(/dorset|chesil|purbeck|dorchester|weymouth/i);
    expect(text).toMatch(/Brackenmoor/);
    expect(text).toMatch(/Northmere/);
  });
  it('withhold counts up to the council threshold of 10 and say so', () => {
    const homes = placementTypeView(m, m.placementTypes.find((t) => t.id === 'residential-homes')!);
    expect(homes.children?.rows.map((r) => r.value)).toEqual(['c']);
    expect(homes.children?.key.join(' ')).toMatch(/fewer than 11 children/);
    expect(dataView(m).suppressed).toMatch(/fewer than 11 children/);
  });
  it('present the newest of its two editions', () => {
    expect(m.edition.period).toBe('2025 to 2026');
    expect(homeView(m).period).toBe('2025 to 2026');
  });
});

describe('a later observation moves the headline', () => {
  const root = mkdtempSync(join(tmpdir(), 'later-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it('shows the latest children-in-care count as at the current edition, then the newer one once added', () => {
    const dir = join(root, 'brackenmoor');
    cpSync(FIXTURE, dir, { recursive: true });
    const before = homeView(load(dir)).stats[0];
    expect(before.number).toBe('120');
    const file = join(dir, 'observations', 'statement-2025.json');
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    rows.push({ measure: 'children-in-care', value: 131, source: 'statement-2025', locator: 'Section 2', asAt: '2025-03-31' });
    writeFileSync(file, JSON.stringify(rows));
    const after = homeView(load(dir)).stats[0];
    expect(after.number).toBe('131');
    expect(after.cite.asAt).toMatch(/31 March 2025/);
  });
});
