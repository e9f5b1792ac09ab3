import { describe, expect, it } from '@jest/globals';
import { cosine, TextIndex } from './text-index';
import { termCounts } from './tokenizer';

const corpus = [
  '양자컴퓨팅 초전도 큐비트 제어 시스템',
  '양자 컴퓨팅을 위한 극저온 냉각 장비',
  '수소 연료전지 스택과 수전해 설비',
  'Quantum computing control electronics for superconducting qubits',
  'Hydrogen fuel cells and electrolyzer stacks for steel plants',
  'Automotive lidar and 4D imaging radar for robotaxis',
  '',
].map(termCounts);
const index = TextIndex.build(corpus);
const vectors = corpus.map((d) => index.vectorize(d));

describe('TextIndex', () => {
  it('builds L2-normalised vectors with ascending term ids', () => {
    for (const v of vectors.slice(0, -1)) {
      const norm = v.weights.reduce((s, w) => s + w * w, 0);
      expect(norm).toBeCloseTo(1, 5);
      for (let k = 1; k < v.ids.length; k++) expect(v.ids[k]).toBeGreaterThan(v.ids[k - 1]);
    }
    expect(vectors[6].ids.length).toBe(0);
  });

  it('weighs rare terms above common ones', () => {
    expect(index.idf('lidar')).toBeGreaterThan(index.idf('양자'));
    expect(index.idf('never-seen')).toBe(0);
  });

  it('gives corpus documents the same vectors as vectorize, to the bit', () => {
    const { vectors: built } = TextIndex.buildWithVectors(corpus);
    built.forEach((v, d) => expect(v).toEqual(vectors[d]));
  });

  it('ignores terms outside the corpus', () => {
    expect(index.vectorize(termCounts('blockchain metaverse')).ids.length).toBe(0);
  });

  it('adds unseen terms with the maximum IDF, leaving known terms and their vectors unchanged', () => {
    const grown = TextIndex.build(corpus);
    const size = grown.size;
    expect(grown.unseenIdf).toBe(Math.log(1 + corpus.length));
    expect(grown.idf('lidar')).toBe(grown.unseenIdf); // in one document: the maximum
    expect(grown.addTerms(termCounts('lidar blockchain metaverse blockchain'))).toBe(2);
    expect(grown.addTerms(termCounts('blockchain'))).toBe(0);
    expect(grown.size).toBe(size + 2);
    expect(grown.idf('blockchain')).toBe(grown.unseenIdf);
    expect(grown.termId('metaverse')).toBe(size + 1);
    corpus.forEach((d, k) => expect(grown.vectorize(d)).toEqual(vectors[k]));
    const v = grown.vectorize(termCounts('lidar blockchain'));
    expect(Array.from(v.ids)).toEqual([grown.termId('lidar'), size]);
    expect(v.weights[0]).toBeCloseTo(v.weights[1], 6);
    for (let k = 0; k < 40; k++) grown.addTerms(new Map([[`term${k}`, 1]])); // grows its storage
    expect(grown.idf('term39')).toBe(grown.unseenIdf);
    expect(TextIndex.build([]).unseenIdf).toBe(Math.log(2));
  });
});

describe('cosine', () => {
  it('is symmetric to the bit, 1 for itself, 0 for disjoint or empty texts', () => {
    for (const a of vectors) for (const b of vectors) expect(cosine(a, b)).toBe(cosine(b, a));
    expect(cosine(vectors[0], vectors[0])).toBeCloseTo(1, 6);
    expect(cosine(vectors[0], vectors[0])).toBeLessThanOrEqual(1);
    expect(cosine(vectors[2], vectors[5])).toBe(0);
    expect(cosine(vectors[0], vectors[6])).toBe(0);
  });

  it('relates Korean texts on one topic despite spacing and particles', () => {
    expect(cosine(vectors[0], vectors[1])).toBeGreaterThan(cosine(vectors[0], vectors[2]));
    expect(cosine(vectors[0], vectors[1])).toBeGreaterThan(0.05);
  });

  it('relates English texts on one topic', () => {
    expect(cosine(vectors[3], vectors[4])).toBeLessThan(cosine(vectors[3], index.vectorize(termCounts('superconducting qubits'))));
    expect(cosine(vectors[4], index.vectorize(termCounts('fuel cells for hydrogen trucks')))).toBeGreaterThan(0.2);
  });
});
