import { describe, expect, it } from '@jest/globals';
import { conceptMatcher } from './concept-matcher';
import { normalizeConceptText } from './concept-text';

const matcher = conceptMatcher();
const ids = (text: string) => matcher.extract(text).map((m) => matcher.catalogue.concepts[m.index].id);

describe('normalizeConceptText', () => {
  it('folds case, width, hyphens and plurals, joins spaced Hangul and breaks at punctuation', () => {
    expect(normalizeConceptText('Solid-State Batteries')).toBe('solid state battery');
    expect(normalizeConceptText('고대역폭 메모리를')).toBe('고대역폭메모리를');
    expect(normalizeConceptText('ＨＢＭ3E')).toBe('hbm3e');
    expect(normalizeConceptText('AI반도체')).toBe('ai 반도체');
    expect(normalizeConceptText('수소. 전지')).toBe('수소|전지');
  });
});

describe('ConceptMatcher', () => {
  it('finds the same concepts in Korean and English texts about the same technology', () => {
    expect(ids('전고체 배터리용 황화물계 고체전해질')).toEqual(expect.arrayContaining(['solid-state-battery', 'solid-electrolyte']));
    expect(ids('solid-state battery electrolytes')).toEqual(['solid-electrolyte']);
    expect(ids('HBM 패키징')).toContain('hbm');
    expect(ids('고대역폭 메모리 적층')).toContain('hbm');
    expect(ids('뉴로모픽 반도체')).toEqual(ids('a neuromorphic chip'));
    expect(ids('초전도 큐비트')).toEqual(ids('superconducting qubits'));
    expect(ids('소형모듈원자로')).toEqual(ids('SMR'));
    expect(ids('항체-약물 접합체')).toEqual(ids('antibody-drug conjugates'));
    expect(ids('이차전지')).toEqual(ids('Li-ion'));
    expect(ids('양극재')).toEqual(ids('cathode material'));
  });

  it('survives Korean particles and compounds', () => {
    expect(ids('양극재를 공급합니다')).toContain('cathode');
    expect(ids('고체전해질의 이온전도도')).toContain('solid-electrolyte');
    expect(ids('양자컴퓨팅을 위한')).toContain('quantum-computing');
    expect(ids('양자 컴퓨팅과')).toContain('quantum-computing');
  });

  it('matches Latin names as whole words only', () => {
    expect(ids('GaN power ICs')).toContain('gan');
    expect(ids('organic gardening')).not.toContain('gan');
    expect(ids('smrs')).toContain('smr');
    expect(ids('smrt')).toEqual([]);
  });

  it('prefers the longest name: a solid-state battery is not also a plain battery', () => {
    expect(ids('solid-state battery')).toEqual(['solid-state-battery']);
    expect(ids('battery and solid-state battery')).toEqual(['battery', 'solid-state-battery']);
  });

  it('counts repeated mentions and gives broader concepts partial weight', () => {
    expect(matcher.extract('SiC SiC sic').map((m) => m.count)).toEqual([3]);
    const features = matcher.features('고체전해질', true);
    expect(features.get('~solid-electrolyte')).toBe(1);
    expect(features.get('~solid-state-battery')).toBe(0.5);
    expect(features.get('~secondary-battery')).toBe(0.25);
    expect(features.get('~battery')).toBe(0.125);
    expect(features.has('~semiconductor')).toBe(false);
    expect([...matcher.features('고체전해질', false).keys()]).toEqual(['~solid-electrolyte']);
  });
});

describe('ConceptMatcher.scan residual', () => {
  it('cuts matched names out of the text, whole words and Hangul substrings, leaving what the catalogue does not cover', () => {
    const residual = (text: string) => matcher.scan(text, true).residual.replace(/\s+/g, ' ').trim();
    expect(residual('Sulfide solid electrolytes for all-solid-state batteries, sampling to carmakers')).toBe('sulfide for , sampling to'); // carmakers: automotive OEMs
    expect(residual('양극재를 공급하는 스타트업')).toBe('를 공급하는');
    expect(residual('고대역폭 메모리를 쌓는 장비')).toBe('를 쌓는');
    expect(residual('nothing to see here')).toBe('nothing to see here');
  });
});
