import { describe, expect, it } from '@jest/globals';
import { dueUntil, lateSpells, percentile, percentileOfSorted, requestCount, scheduledAt, summarizePaced } from './load-stats';

describe('percentiles (nearest rank)', () => {
  it('picks the value at rank ceil(p × n), whatever the input order, without reordering it', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(values).toEqual([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
  });

  it('sorts numerically (not as text) and says NaN for no values', () => {
    expect(percentile([100, 9, 20], 50)).toBe(20);
    expect(percentile([], 50)).toBeNaN();
    expect(percentileOfSorted([], 99)).toBeNaN();
  });

  it('p99 of 1,000 values is the 990th, so ten slow answers in a thousand show', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i < 990 ? 1 : 100));
    expect(percentile(values, 99)).toBe(1);
    values[989] = 100;
    expect(percentile(values, 99)).toBe(100);
  });
});

describe('the paced schedule', () => {
  it('spaces requests evenly: request i at i / rate seconds', () => {
    expect(scheduledAt(0, 1000)).toBe(0);
    expect(scheduledAt(1, 1000)).toBe(1);
    expect(scheduledAt(250, 1000)).toBe(250);
    expect(scheduledAt(3, 200)).toBe(15);
    expect(requestCount(1000, 20)).toBe(20_000);
    expect(requestCount(333, 0.5)).toBe(167);
  });

  it('sends every request due by now and none before its time, catching up after a late timer', () => {
    // 1,000/s: at 0 ms request 0 is due; at 0.99 ms still only it; at 1 ms request 1.
    expect(dueUntil(0, 0, 1000, 100)).toBe(1);
    expect(dueUntil(1, 0.99, 1000, 100)).toBe(1);
    expect(dueUntil(1, 1, 1000, 100)).toBe(2);
    // A timer that fires 7.5 ms late sends the 7 requests that fell due meanwhile at once, not fewer.
    expect(dueUntil(2, 8.5, 1000, 100)).toBe(9);
    // Never past the end of the run.
    expect(dueUntil(95, 1e9, 1000, 100)).toBe(100);
  });

  it('over a whole run, sends each request exactly once, in order, at or after its time', () => {
    const rate = 300;
    const total = requestCount(rate, 2);
    const sentAt: number[] = [];
    let next = 0;
    // Timers of uneven lateness, as an event loop gives them.
    for (let now = 0; next < total; now += 0.7 + ((now * 7) % 3)) {
      const until = dueUntil(next, now, rate, total);
      for (; next < until; next++) sentAt.push(now);
    }
    expect(sentAt).toHaveLength(total);
    sentAt.forEach((t, i) => expect(t).toBeGreaterThanOrEqual(scheduledAt(i, rate)));
  });
});

describe('a paced run summary', () => {
  it('counts errors apart, takes the rate over the run or until the last answer, and percentiles over every request', () => {
    const latencies = [...Array.from({ length: 97 }, () => 2), 40, 60, 10_000];
    const s = summarizePaced({
      rate: 100, durationS: 1, latencies, lags: latencies.map(() => 0.2), lastAnswerMs: 1_250,
      errors: { non2xx: 1, timeouts: 1, other: 0 },
    });
    expect(s.requests).toBe(100);
    expect(s.ok).toBe(98);
    // 99 answered (a 5xx is an answer, a timeout is not) over 1.25 s.
    expect(s.achievedRate).toBeCloseTo(99 / 1.25, 6);
    expect(s.latencyMs).toEqual({ p50: 2, p90: 2, p99: 60, max: 10_000 });
    expect(s.sendLagMs).toEqual({ p99: 0.2, max: 0.2 });
  });

  it('a server that kept up is credited with the offered rate, not less for the last answer in flight', () => {
    const s = summarizePaced({ rate: 1000, durationS: 20, latencies: new Float64Array(20_000).fill(3), lags: [], lastAnswerMs: 19_999 + 3, errors: { non2xx: 0, timeouts: 0, other: 0 } });
    expect(s.achievedRate).toBeCloseTo(20_000 / 20.002, 6);
    expect(Math.round(s.achievedRate)).toBe(1000);
  });
});

describe('late spells of a paced run', () => {
  it('counts the late answers and the runs of consecutive late ones, and spans the longest on the schedule', () => {
    // At 1,000 req/s: two spells, of two and three requests (3 ms), and one answer exactly at the bound (not late).
    const latencies = [1, 60, 70, 2, 50, 3, 80, 51, 90, 4];
    expect(lateSpells(latencies, 1000)).toEqual({ thresholdMs: 50, requests: 5, spells: 2, longestMs: 3 });
  });

  it('closes a spell that lasts to the end of the run, and reports none for a run without late answers', () => {
    expect(lateSpells([1, 2, 99, 99], 500)).toEqual({ thresholdMs: 50, requests: 2, spells: 1, longestMs: 4 });
    expect(lateSpells([1, 2, 3], 1000, 10)).toEqual({ thresholdMs: 10, requests: 0, spells: 0, longestMs: 0 });
  });

  it('is part of the summary of a paced run', () => {
    const summary = summarizePaced({
      rate: 100, durationS: 0.05, latencies: [5, 120, 130, 6, 7], lags: [0, 0, 0, 0, 0], lastAnswerMs: 200,
      errors: { non2xx: 0, timeouts: 0, other: 0 },
    });
    expect(summary.late).toEqual({ thresholdMs: 50, requests: 2, spells: 1, longestMs: 20 });
  });
});
