import { describe, expect, it } from '@jest/globals';
import { termCounts, tokenize } from './tokenizer';

describe('tokenize', () => {
  it('normalises width and case (NFKC) and keeps Latin/digit words', () => {
    expect(tokenize('ＡＩ Chip for 5G, RISC-V!')).toEqual(['ai', 'chip', '5g', 'risc']);
  });

  it('drops English stopwords, single letters and bare numbers', () => {
    expect(tokenize('We build a chip for the 2026 market')).toEqual(['build', 'chip', 'market']);
  });

  it('emits a Hangul word and its character bigrams', () => {
    expect(tokenize('양자컴퓨팅')).toEqual(['양자컴퓨팅', '양자', '자컴', '컴퓨', '퓨팅']);
    expect(tokenize('로봇')).toEqual(['로봇']);
  });

  it('makes compound and spaced/inflected Korean forms overlap', () => {
    const compound = new Set(tokenize('양자컴퓨팅'));
    const spaced = tokenize('양자 컴퓨팅을');
    expect(spaced.filter((t) => compound.has(t))).toEqual(['양자', '컴퓨', '퓨팅']);
  });

  it('splits mixed-script runs and drops one-syllable particles', () => {
    expect(tokenize('AI기반 NPU 및 전력반도체(SiC)')).toEqual([
      'ai', '기반', 'npu', '전력반도체', '전력', '력반', '반도', '도체', 'sic',
    ]);
  });

  it('handles empty and symbol-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' · — ! ')).toEqual([]);
  });

  it('keeps words of other scripts whole', () => {
    expect(tokenize('Überwachung für Qubits')).toEqual(['überwachung', 'für', 'qubits']);
    expect(tokenize('量子センサー')).toEqual(['量子センサー']);
  });

  it('counts repeated terms', () => {
    expect(termCounts('lidar LIDAR radar').get('lidar')).toBe(2);
  });
});
