import { describe, expect, it } from '@jest/globals';
import { SECTOR_CODES } from '../../../common/domain/sectors';
import { conceptCatalogue } from './concept-catalogue';
import { normalizeConceptText } from './concept-text';

const catalogue = conceptCatalogue();
const { concepts } = catalogue;
const HANGUL = /[\uac00-\ud7a3]/;

describe('the concept catalogue (data review)', () => {
  it('holds at least 800 concepts, at least 60 in each of the ten fields, plus cross-cutting terms', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(800);
    for (const sector of SECTOR_CODES) expect(concepts.filter((c) => c.sector === sector).length).toBeGreaterThanOrEqual(60);
    expect(concepts.filter((c) => c.sector === 'cross').length).toBeGreaterThanOrEqual(40);
  });

  it('has unique kebab-case ids', () => {
    const ids = concepts.map((c) => c.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('names every concept in English and in Korean', () => {
    expect(concepts.filter((c) => !c.en || HANGUL.test(c.en)).map((c) => c.id)).toEqual([]);
    expect(concepts.filter((c) => !HANGUL.test(c.ko)).map((c) => c.id)).toEqual([]);
    expect(concepts.filter((c) => c.enForms.some((f) => HANGUL.test(f))).map((c) => c.id)).toEqual([]);
  });

  it('links only to existing concepts, never to itself, without cycles', () => {
    const dangling = concepts.flatMap((c) => c.broader.filter((b) => !catalogue.byId.has(b)).map((b) => `${c.id} → ${b}`));
    expect(dangling).toEqual([]);
    expect(concepts.filter((c) => c.broader.includes(c.id)).map((c) => c.id)).toEqual([]);
    const cyclic = concepts.filter((_, k) => catalogue.ancestors(k, 50).some((a) => a.index === k)).map((c) => c.id);
    expect(cyclic).toEqual([]);
  });

  it('gives each surface form to one concept only', () => {
    const clashes = [...catalogue.surfaceForms()]
      .filter(([, owners]) => owners.length > 1)
      .map(([form, owners]) => `${form}: ${owners.map((k) => concepts[k].id).join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('has no Korean form too short to match safely inside longer words (one syllable)', () => {
    const short = concepts.flatMap((c) => c.koForms.filter((f) => /^[\uac00-\ud7a3]$/.test(normalizeConceptText(f))).map((f) => `${c.id}: ${f}`));
    expect(short).toEqual([]);
  });
});
