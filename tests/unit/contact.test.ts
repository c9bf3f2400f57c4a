/**
 * Contact routes and public copies of sources, as data and as the pages show them; capitals of
 * names from data inside sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { Contact } from '../../src/data/schemas/council.ts';
import { Source } from '../../src/data/schemas/sources.ts';
import { contactRoutes, telHref } from '../../src/views/contact.ts';
import { fosteringView } from '../../src/views/fostering.ts';
import { providersView } from '../../src/views/providers.ts';
import { prioritiesView } from '../../src/views/priorities.ts';
import { placementTypeView } from '../../src/views/placement-type.ts';
import { sourcesView } from '../../src/views/sources.ts';
import { inSentence, sentenceStart } from '../../src/text/case.ts';
import { takeaway } from '../../src/charts/gap/draw.ts';

const today = new Date('2026-12-02');
const dorset = buildModel(loadCouncilData('data/councils/dorset', { today }));
const brackenmoor = buildModel(loadCouncilData('tests/fixtures/councils/brackenmoor', { today }));
const AUDIENCES = ['foster-carers', 'providers', 'councillors'] as const;

describe('contact routes in the data', () => {
  it('give every audience at least one route with a link or phone number', () => {
    for (const m of [dorset, brackenmoor])
      for (const a of AUDIENCES) {
        const routes = contactRoutes(m, a);
        expect(routes.length, `${m.council.slug} ${a}`).toBeGreaterThan(0);
        expect(routes[0].link ?? routes[0].phone, `${m.council.slug} ${a}`).toBeDefined();
      }
  });
  it('name, for every detail, the council page it was taken from and when', () => {
    for (const c of dorset.council.contacts) {
      for (const d of ['url', 'phone', 'email'] as const)
        if (c[d]) expect(c.checks.some((k) => k.gives.includes(d)), `${c.id} ${d}`).toBe(true);
      for (const k of c.checks) {
        expect(k.page).toMatch(/^https:\/\/([a-z]+\.)?dorsetcouncil\.gov\.uk\//);
        // The days the council's pages were read (issue 21 re-read the commissioning pages).
        expect(['2026-12-02', '2026-12-04']).toContain(k.checkedOn);
      }
    }
  });
  it('publish team routes only: no personal mailbox', () => {
    for (const c of dorset.council.contacts) if (c.email) expect(c.email).not.toMatch(/^[a-z]+\.[a-z.]+@/);
  });
  it('refuse a phone number or address with no page it was taken from, and a check for a detail the route lacks', () => {
    const base = { id: 'x', label: 'Team', purpose: 'For tests', audiences: ['providers'] };
    expect(Contact.safeParse({ ...base, phone: '01234 567890' }).error?.issues[0]).toMatchObject({ path: ['checks'], message: /page the phone was taken from/ });
    const k = { page: 'https://www.example.org/', title: 'Page', checkedOn: '2026-12-02', gives: ['url', 'email'] };
    expect(Contact.safeParse({ ...base, url: 'https://www.example.org/', checks: [k] }).error?.issues[0]).toMatchObject({ path: ['checks', 0, 'gives', 1] });
    expect(Contact.safeParse({ ...base, url: 'https://www.example.org/', checks: [{ ...k, gives: ['url'] }] }).success).toBe(true);
  });
});

describe('contact routes on the pages', () => {
  it('put the fostering service first on the fostering page, with its page and phone number', () => {
    const [main] = fosteringView(dorset).contacts;
    expect(main.link?.href).toBe('https://dorsetcouncil.gov.uk/children-families/childrens-social-care/fostering/foster-with-us');
    expect(main.phone).toEqual({ href: 'tel:01305225568', text: '01305 225568' });
    expect(main.phoneWho).toBe('the fostering service');
    expect(main.provenance[0].words).toBe('Web address and phone number');
    expect(main.provenance[0].checked).toBe('2 December 2026');
  });
  it('give providers and councillors their own routes', () => {
    expect(providersView(dorset).contacts.map((c) => c.id)).toEqual(['commissioning', 'procurement-rules', 'children-in-care-notifications']);
    const [board] = prioritiesView(dorset).contacts;
    expect(board.id).toBe('corporate-parenting-board');
    expect(board.phoneWho).toBe("the council's customer services");
  });
  it('dial the number as written, digits only', () => {
    expect(telHref('01305 225568')).toBe('tel:01305225568');
    expect(telHref('+44 (0)1305 225568')).toBe('tel:+4401305225568');
  });
});

describe('public copies of the sources', () => {
  it('either link an https original or say that no public copy was found', () => {
    for (const m of [dorset, brackenmoor])
      for (const s of m.sources) {
        if (s.public === 'not-found') {
          expect(s.url, s.id).toBeUndefined();
          expect(s.publicNote, s.id).toMatch(/no public copy/i);
        } else {
          expect(s.url, s.id).toMatch(/^https:\/\//);
          expect(s.urlTitle, s.id).toBeTruthy();
        }
      }
  });
  it('link the strategy and the corporate parenting strategy, and say where the board papers are listed', () => {
    const byId = new Map(dorset.sources.map((s) => [s.id, s]));
    expect(byId.get('sp-2024')).toMatchObject({ public: 'document', url: expect.stringMatching(/placement-sufficiency-strategy-for-children-in-care-and-care-leavers-2024-to-2027$/) });
    expect(byId.get('cps-2024')).toMatchObject({ public: 'document' });
    expect(byId.get('sa-2023')).toMatchObject({ public: 'meeting-page' });
    for (const id of ['cpb-2020', 'cpb-2021']) expect(byId.get(id)).toMatchObject({ public: 'not-found', seeAlso: { url: expect.stringMatching(/^https:\/\/moderngov\./) } });
  });
  it('show on the sources page', () => {
    const v = sourcesView(dorset);
    const sp = v.sources.find((s) => s.id === 'sp-2024')!;
    expect(sp.original.link?.href).toMatch(/^https:\/\/dorsetcouncil\.gov\.uk\//);
    expect(sp.original.checked).toBe('Checked 2 December 2026.');
    const cpb = v.sources.find((s) => s.id === 'cpb-2021')!;
    expect(cpb.original.link).toBeUndefined();
    expect(cpb.original.note).toMatch(/No public copy found.*2 December 2026/);
    expect(cpb.original.checked).toBeUndefined();
  });
  it('refuse a source that neither links an original nor says none was found', () => {
    const s = { id: 'x', file: 'f', title: 'T', shortTitle: 'T', publisher: 'P', kind: 'strategy', date: '2024-01-01', dateLabel: 'D', summary: 'S', checkedOn: '2026-12-02' };
    expect(Source.safeParse({ ...s, public: 'document' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['url', 'urlTitle']);
    expect(Source.safeParse({ ...s, public: 'not-found' }).error?.issues[0].path).toEqual(['publicNote']);
    expect(Source.safeParse({ ...s, public: 'not-found', url: 'https://x.org/', publicNote: 'No public copy found.' }).error?.issues[0].path).toEqual(['url']);
    expect(Source.safeParse({ ...s, public: 'document', url: 'http://x.org/', urlTitle: 'T' }).success).toBe(false);
  });
});

describe('capitals of names from data', () => {
  it('lower only a common first word inside a sentence', () => {
    expect(inSentence("Children's homes")).toBe("children's homes");
    expect(inSentence('Fostering with Westshire Council carers')).toBe('fostering with Westshire Council carers');
    expect(inSentence('Kinship (connected persons) fostering')).toBe('kinship (connected persons) fostering');
    expect(inSentence('Unaccompanied asylum-seeking children')).toBe('unaccompanied asylum-seeking children');
  });
  it('keep proper names, acronyms and the council names as written', () => {
    expect(inSentence('Staying Put')).toBe('Staying Put');
    expect(inSentence('Shared Lives')).toBe('Shared Lives');
    expect(inSentence('Westshire Council carers')).toBe('Westshire Council carers');
    expect(inSentence('UK arrivals')).toBe('UK arrivals');
    expect(inSentence('Westshire families', ['Westshire'])).toBe('Westshire families');
    expect(sentenceStart("the council's carers")).toBe("The council's carers");
  });
  it('keep the council name capitalised where a placement type is named mid-sentence', () => {
    const t = dorset.placementTypes.find((p) => p.id === 'in-house-fostering')!;
    const v = placementTypeView(dorset, t);
    const text = JSON.stringify(v);
    expect(text).not.toMatch(/dorset council carers/);
    expect(text).toMatch(/fostering with Dorset Council carers/);
    const rows = [{ key: 'a', group: 'g', groupLabel: t.name, label: 'All', kind: 'stated' as const, gap: { kind: 'number' as const, n: 10 }, size: 10, words: '10 more carers a year', unit: 'carers' as const, timeframe: 'Each year' }];
    expect(takeaway(rows, 'g')).toBe('The largest shortfall in fostering with Dorset Council carers is 10 carers a year.');
  });
  it('word the fostering cohorts in lower case inside the sentence', () => {
    const cohorts = fosteringView(dorset).carerNeeds.map((n) => n.cohort);
    expect(cohorts).toEqual(expect.arrayContaining(['unaccompanied asylum-seeking children']));
    expect(cohorts.every((c) => !c || /^[a-z]/.test(c))).toBe(true);
  });
});
