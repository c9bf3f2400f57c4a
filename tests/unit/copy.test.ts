/**
 * Published words are plain statements (issue 12, item 6): an analyst's guess ("It appears…",
 * "Probably…", "seems") is either stated with its source or left out, and names from the data keep
 * the capitals the council writes them with.
 */
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel, publishedTexts, textLocation } from '../../src/data/model.ts';
import { charts } from '../../src/charts/registry.ts';
import { inSentence } from '../../src/text/council-words.ts';
import { placementTypeView } from '../../src/views/placement-type.ts';
import { localityView } from '../../src/views/locality.ts';

/** Words of a guess. A hedge the council itself makes is reported as the council's ("The council thinks it may need…"). */
const HEDGES = /\b(it appears|appears? to|seems?|seem to|seemingly|probably|presumably|apparently|perhaps|possibly|(?:un)?likely|we think|we believe|we assume|we suspect|might be|may be the same|may be defined|may use|may count|may mix)\b/i;

export function hedges(texts: ReturnType<typeof publishedTexts>): string[] {
  return texts.flatMap((t) => {
    const m = HEDGES.exec(t.text);
    return m ? [`${t.file}: ${textLocation(t, m.index)}: "${m[0]}" in "${t.text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}"`] : [];
  });
}

describe('plain statements', () => {
  it('the hedge detector finds analyst notes and passes statements', () => {
    const t = (text: string) => hedges([{ file: 'f', path: 'p', text }]);
    expect(t('It appears to be the home planned in 2021.')).toHaveLength(1);
    expect(t('Probably a narrower group.')).toHaveLength(1);
    expect(t('The strategy seems to use a smaller total.')).toHaveLength(1);
    expect(t('Likely to change as children grow older.')).toHaveLength(1);
    expect(t('The council thinks it may need 30 more places by 2025.')).toEqual([]);
    expect(t('The strategy does not say how the 26% is worked out.')).toEqual([]);
  });

  it('no published text field or MDX paragraph of Dorset hedges', () => {
    const found = hedges(publishedTexts(loadCouncilData('data/councils/dorset'), 'data/councils/dorset'));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('the synthetic council passes too', () => {
    const found = hedges(publishedTexts(loadCouncilData('tests/fixtures/councils/brackenmoor'), 'brackenmoor'));
    expect(found, found.join('\n')).toEqual([]);
    buildModel(loadCouncilData('tests/fixtures/councils/brackenmoor'));
  });
});

describe('names from the data keep their capitals', () => {
  it('inSentence lowers only a first letter that is not a proper name', () => {
    expect(inSentence("Children's homes")).toBe("children's homes");
    expect(inSentence('Fostering with Westshire Council carers')).toBe('fostering with Westshire Council carers');
    expect(inSentence('Kinship (connected persons) fostering')).toBe('kinship (connected persons) fostering');
    expect(inSentence('Shared Lives')).toBe('Shared Lives');
    expect(inSentence('Staying Put')).toBe('Staying Put');
    expect(inSentence('NHS mental health beds')).toBe('NHS mental health beds');
    expect(inSentence('Westshire children in care', ['Westshire'])).toBe('Westshire children in care');
  });

  it('no chart or page view writes the council\'s name in lower case (the "dorset council carers" bug)', () => {
    const m = buildModel(loadCouncilData('data/councils/dorset'));
    const lower = m.council.names.full.toLowerCase();
    const words = JSON.stringify([
      ...[...charts(m).values()].map((c) => [c.title, c.alt, c.takeaway, c.table, c.notes, c.wide, c.narrow]),
      ...m.placementTypes.map((t) => placementTypeView(m, t)),
      ...m.localities.map((l) => localityView(m, l)),
    ]);
    expect(words).toContain(m.council.names.full);
    expect(words.includes(lower), `found "${lower}"`).toBe(false);
    // The placement type named after the council's carers reads correctly mid-sentence.
    expect(words).toContain('fostering with Dorset Council carers');
  });
});
