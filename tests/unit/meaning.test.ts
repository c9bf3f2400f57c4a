/**
 * Issue 12: what the Dorset figures mean. Each test pins one correction against the source
 * documents (../shared/seeds/, cited in ../shared/seed-data.md); every one failed on the data
 * before its correction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { largestGaps } from '../../src/data/gaps.ts';
import { matrixForLocality } from '../../src/data/queries.ts';
import { placementTypeView } from '../../src/views/placement-type.ts';
import { localityView } from '../../src/views/locality.ts';
import { homeView } from '../../src/views/home.ts';
import { providersView } from '../../src/views/providers.ts';
import { fosteringView } from '../../src/views/fostering.ts';
import { gapRows } from '../../src/charts/gap/input.ts';
import { formatShown } from '../../src/text/format.ts';

const raw = loadCouncilData('data/councils/dorset');
const m = buildModel(raw);
const type = (id: string) => m.placementTypes.find((t) => t.id === id)!;
/** Every need shown as "what the council needs": the gap lists, the gap chart and the home page. */
const shortfallIds = () => new Set([...m.gaps.map((g) => g.need.id), ...gapRows(m).rows.map((r) => r.key)]);
const providerNeedText = () => providersView(m).byType.flatMap((t) => t.needs.map((n) => `${n.size} ${n.statement}`)).join('\n');

describe('forecasts and targets are not shortfalls', () => {
  // 000 §6 Our Care Leavers (1): "We anticipate that this growth will continue slowly until we reach
  // a peak of around 320 care leavers receiving a service in 2025".
  it('the care leaver caseload forecast (about 320 in 2025) is a forecast of need, not among what the council needs', () => {
    const forecast = m.outlook.find((o) => o.need.statement.includes('320'));
    expect(forecast?.kind).toBe('forecast');
    expect(forecast?.shown).toEqual({ kind: 'number', n: 320 });
    expect(forecast?.need.qualifier).toBe('about');
    expect(m.gaps.some((g) => g.need.statement.includes('320'))).toBe(false);
    expect(providerNeedText()).not.toMatch(/320/);
    const page = placementTypeView(m, type(forecast!.need.placementType));
    expect(page.needs.map((n) => n.statement).join(' ')).not.toMatch(/320/);
    expect(page.outlook.map((n) => n.size)).toContain('Forecast: about 320 young people');
  });
});

describe('move-on housing', () => {
  // 000 SP6 Independent accommodation for care leavers: "There is an estimated need for housing for
  // young adults exiting supported accommodation of 50 places per year (25-30 for care leavers and
  // 20 for vulnerable young adults at risk of homelessness)": a yearly flow, not a net shortfall.
  it('the 50 places a year is gross move-on demand, said in plain words, not a net shortfall', () => {
    const moveOn = m.outlook.find((o) => o.need.placementType === 'care-leaver-housing' && o.shown.kind === 'number' && o.shown.n === 50);
    expect(moveOn?.kind).toBe('forecast');
    expect(moveOn?.need.per).toBe('year');
    expect(`${moveOn?.need.statement} ${moveOn?.need.note}`).toMatch(/not how many more homes are needed/);
    expect(m.gaps.some((g) => g.shown.kind === 'number' && g.shown.n === 50)).toBe(false);
    expect(largestGaps(m.gaps, 6).map((g) => g.need.id)).not.toContain(moveOn!.need.id);
    expect(homeView(m).gaps.map((g) => g.size).join(' ')).not.toMatch(/\b50\b/);
    // What providers are asked for says the same.
    const ask = m.marketNeeds.find((n) => n.current && /\b50\b/.test(n.text));
    expect(ask?.text).toMatch(/not the number of extra homes needed/);
  });
});

describe('Mockingbird', () => {
  // 000 SP2 In-house fostering: "Since 2020 we have implemented five constellations out of a planned
  // ten, which we are aiming to achieve by the end of 2024": a target for hubs, not a shortfall of homes.
  it('10 constellations by the end of 2024 is a target, worded as one, never "5 constellations short"', () => {
    const target = m.outlook.find((o) => o.unit === 'constellations');
    expect(target?.kind).toBe('target');
    expect(target?.shown).toEqual({ kind: 'number', n: 10 });
    expect(target?.supply?.shown).toEqual({ kind: 'number', n: 5 });
    expect(target?.toGo).toEqual({ kind: 'number', n: 5 });
    expect(m.gaps.some((g) => g.unit === 'constellations')).toBe(false);
    expect(gapRows(m).rows.map((r) => r.words).join(' ')).not.toMatch(/constellations/);
    const page = placementTypeView(m, type('in-house-fostering'));
    const shown = page.outlook.find((o) => o.id === `need-${target!.need.id}`)!;
    expect(shown.size).toBe('Target: 10 constellations');
    expect(shown.supply).toBe('Mockingbird constellations in place: 5 constellations. 5 more constellations to reach the target');
    expect(shown.badge.text).toBe('target set by the council');
  });
});

describe('short breaks by locality', () => {
  // 000 SP1 Outreach support and short breaks: "We have developed an overnight short breaks children's
  // home in the east of the county (Hayeswood) which will offer two to three places": supply, not a gap.
  it('Hayeswood is supply (a home), not a need, and shows once in the East short-breaks row', () => {
    expect(m.gaps.some((g) => /hayeswood/i.test(`${g.need.id} ${g.need.statement}`))).toBe(false);
    const hayeswood = m.provision.find((p) => p.name === 'Hayeswood');
    expect(hayeswood?.locality).toBe('east-dorset');
    expect(hayeswood?.shown).toEqual({ kind: 'range', min: 2, max: 3 });
    const east = placementTypeView(m, type('short-breaks')).localityRows.find((r) => r.name === 'East Dorset')!;
    const mentions = [...east.needs.map((n) => n.size), ...east.provision.map((p) => p.text)].filter((t) => /2 to 3/.test(t));
    expect(mentions).toEqual(['Hayeswood: 2 to 3 places']);
    // The one stated East need is the two-place home a provider will run in a council property (SP3 next step 4).
    expect(east.needs.map((n) => n.size)).toEqual(['2 more places']);
  });

  // 000 SP1: "We also need provision in the North locality offering at least two places", and, as a
  // separate next step (8), "Work with the Dorset Centre of Excellence to develop residential, and
  // activity based short breaks for disabled children in the North of the county": one need, one plan.
  it('the North has one short-breaks need (at least two places); the Dorset Centre of Excellence work is a plan, not a second need', () => {
    const north = m.gaps.filter((g) => g.need.locality === 'north-dorset' && !g.need.historic);
    expect(north.map((g) => g.shown)).toEqual([{ kind: 'number', n: 2 }]);
    expect(north[0].need.qualifier).toBe('at-least');
    const cell = matrixForLocality(m, 'north-dorset').find((c) => c.type === 'short-breaks')!;
    expect(cell.gaps).toHaveLength(1);
    expect(cell.provision.map((p) => p.id)).toContain('dorset-centre-of-excellence');
    expect(m.priorities[0].commitments.join(' ')).toMatch(/Dorset Centre of Excellence/);
    const ask = m.marketNeeds.find((n) => n.current && n.localities.includes('north-dorset'))!;
    expect(ask.text).toMatch(/at least two places/);
    expect(ask.text).toMatch(/Separately, the council plans/);
  });
});

describe('dates, units and missing figures', () => {
  // 001 Social Care Placement Sufficiency EqIA, Part 2 (d), (e), (g) and its findings: "At time of
  // writing, 181 children are placed in external placements…"; the EqIA is undated and sits in the
  // board pack of 29 April 2021, so its undated figures are as at April 2021.
  it('the equality impact assessment figures are as at April 2021, never "early 2020"', () => {
    const eqia = m.observations.all.filter((o) => /equality impact assessment/i.test(o.locator) && /time of writing/.test(o.note ?? ''));
    expect(eqia.map((o) => o.measure).sort()).toEqual(
      ['cic-aged-15-17', 'cic-from-chesil-share', 'external-placements', 'external-placements-bordering', 'external-placements-in-dorset', 'external-residential', 'external-residential-in-dorset', 'external-residential-neighbouring'].sort(),
    );
    for (const o of eqia) {
      expect(o.asAt, o.key).toBe('2021-04-29');
      expect(o.note, o.key).not.toMatch(/2020/);
      expect(o.note, o.key).toMatch(/April 2021/);
    }
    const chesil = m.localities.find((l) => l.id === 'chesil')!;
    expect(chesil.summary).not.toMatch(/2020/);
    expect(chesil.summary).toMatch(/April 2021/);
  });

  // 001 Fostering Service Annual Report §5.2: "WREC received 248 enquiries from the public seeking
  // information about becoming a foster carer. The team completed 131 Initial Visits": enquiries and
  // visits, not households.
  it('fostering enquiries are counted in enquiries and initial visits in visits, not households', () => {
    const unitOf = (id: string) => m.measures.find((x) => x.id === id)?.unit;
    expect(unitOf('fostering-enquiries')).toBe('enquiries');
    expect(unitOf('fostering-initial-visits')).toBe('visits');
    const enquiries = m.observations.all.find((o) => o.measure === 'fostering-enquiries')!;
    expect(enquiries.shown).toEqual({ kind: 'number', n: 248 });
    expect(enquiries.note).not.toMatch(/household/i);
    expect(formatShown(enquiries.shown, enquiries.unit)).toBe('248 enquiries');
  });

  // 000 §9 Strategic Priority 7: "The brokerage service will be a 'one stop shop'…", "Partnerships with
  // providers will be strong and effective." and "Oversight of provision quality and financial spend
  // will be robust."
  it('priority 7 has all three of its success measures, the third being robust oversight of quality and spend', () => {
    const sp7 = m.priorities.find((p) => p.number === 7)!;
    expect(sp7.measures).toHaveLength(3);
    expect(sp7.measures[2].label).toMatch(/oversight/i);
    expect(sp7.measures[2].label).toMatch(/quality/i);
    expect(sp7.measures[2].label).toMatch(/spend/i);
    expect(sp7.measures[2].direction).toBe('qualitative');
  });

  // 000 §6 Stable homes: "Long-term placement stability for those that have been in our care for more
  // than 2 ½ years has increased over the past year, with almost 2/3 in the same home for 2 years or more."
  it('the strategy\'s later long-term stability figure (almost two thirds, October 2023) is published with its source', () => {
    const o = m.observations.all.find((x) => x.measure === 'long-term-placement-stability' && x.source === 'sp-2024');
    expect(o?.asAt).toBe('2023-10-31');
    expect(o?.locator).toMatch(/§6/);
    expect(o?.qualifier).toBe('almost');
    expect(o?.shown).toEqual({ kind: 'number', n: 67 });
    expect(o?.derived).toBe(true);
    expect(o?.note).toMatch(/almost two thirds/);
  });

  // 000 §6 About our children: Sex: "There are more boys (278, 60%) than girls (187, 40%)… 53% male and
  // 47% female" without unaccompanied children; 002 §6 Gender: "55% of our children in care population
  // are male. This has been a consistent proportion over time ranging from 53%-55%."
  it('both male shares are published with their dates and sources, and each says where the other comes from', () => {
    const shares = m.observations.all.filter((o) => o.measure === 'cic-male-share' && o.area === 'council');
    const bySource = Object.fromEntries(shares.map((o) => [o.source, o]));
    expect(bySource['sp-2024']).toMatchObject({ asAt: '2023-10-31', shown: { kind: 'number', n: 60 } });
    expect(bySource['cps-2024']).toMatchObject({ asAt: '2024-03-31', shown: { kind: 'number', n: 55 } });
    expect(bySource['sp-2024'].note).toMatch(/Corporate Parenting Strategy gives 55% in March 2024/);
    expect(bySource['cps-2024'].note).toMatch(/placement sufficiency strategy gives 60% at the end of October 2023/);
  });
});

describe('claims no source makes', () => {
  const fosteringProse = readFileSync('content/councils/dorset/fostering.mdx', 'utf8');
  const providersProse = readFileSync('content/councils/dorset/providers.mdx', 'utf8');
  it('the fostering page claims nothing about where children need homes, or about enquiries, that no document says', () => {
    const v = fosteringView(m);
    const words = `${v.meta.description} ${v.lede} ${fosteringProse}`;
    // The documents publish no need for carers by locality ("near you", "in every part of the county"),
    // and say nothing about what a first conversation commits an enquirer to.
    expect(words).not.toMatch(/near you|every part of the county|does not commit you/i);
    expect(fosteringProse).not.toMatch(/You do not have to foster full time/);
  });
  it('the fostering prose quotes the carer needs exactly as the strategy states them (000 SP2: "an additional 10 … and a further 20 … per year")', () => {
    const stated = m.gaps.filter((g) => g.need.unit === 'carers' && !g.need.historic && g.need.per === 'year').map((g) => g.shown);
    expect(stated).toEqual(expect.arrayContaining([{ kind: 'number', n: 10 }, { kind: 'number', n: 20 }]));
    const quoted = [...fosteringProse.matchAll(/(about |around |roughly )?\*\*(\d+) more/g)];
    expect(quoted.map((q) => q[2])).toEqual(['10', '20']);
    // The strategy gives exact numbers, so the prose must not soften them to "about".
    expect(quoted.map((q) => q[1] ?? '')).toEqual(['', '']);
  });
  it('placement type descriptions give only the ages and arrangements the documents give (000 SP6 Supported lodgings; Staying Close)', () => {
    // "21 young people aged between 17 and 23 years old"; Staying Close "can help young people stay in
    // touch with and get ongoing support from Children's Home carers after they move on".
    expect(type('supported-lodgings').description).not.toMatch(/16 or over/);
    expect(type('supported-lodgings').description).toMatch(/aged 17 to 23/);
    expect(type('staying-close').description).not.toMatch(/nearby/);
  });
  it('the providers page does not say local homes are "worth more" to the council (no document does)', () => {
    expect(providersProse).not.toMatch(/worth more/);
  });
});

describe('locality facts the documents give (issue 12, item 3)', () => {
  // 004 §2.1: "There are eleven areas (out of a total of 219) in Dorset within the top 20% most deprived
  // nationally… Nine of these are in Weymouth and Portland"; 004 §3.14n: "There are 95 children under 5
  // years with an EHCP… Most of these children are in Chesil (26) with the least number in West Dorset (6)".
  it('the Chesil page shows that nine of the eleven most deprived areas and 26 of 95 under-5s with a plan are there', () => {
    const figures = localityView(m, m.localities.find((l) => l.id === 'chesil')!).observations!.rows;
    const row = (label: RegExp) => figures.find((r) => label.test(r.label));
    expect(row(/most deprived/)?.value).toBe('9 areas');
    expect(row(/under 5 with an education, health and care plan/)?.value).toBe('26 children');
    const council = (measure: string) => m.observations.all.find((o) => o.measure === measure && !o.locality)?.shown;
    expect(council('most-deprived-areas')).toEqual({ kind: 'number', n: 11 });
    expect(council('under-5s-with-ehcp')).toEqual({ kind: 'number', n: 95 });
    const west = localityView(m, m.localities.find((l) => l.id === 'west-dorset')!).observations!.rows;
    expect(west.find((r) => /under 5/.test(r.label))?.value).toBe('6 children');
  });
});
