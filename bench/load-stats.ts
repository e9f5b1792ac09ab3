/**
 * The pure parts of the benchmarks' load measurements: nearest-rank percentiles and the open-loop schedule of the
 * paced load generator (bench/api-paced.ts). No I/O here, so they are unit-tested (load-stats.spec.ts).
 */

/** Nearest-rank percentile (`p` in 0–100) of `values`, which it does not reorder; NaN for an empty list. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return percentileOfSorted(sorted, p);
}

/** Nearest-rank percentile of values already sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** When request `i` of an open-loop run at `rate` requests per second is due, in ms after the run's start. */
export const scheduledAt = (i: number, rate: number): number => (i * 1000) / rate;

/** How many requests a run of `durationS` seconds at `rate` per second issues. */
export const requestCount = (rate: number, durationS: number): number => Math.round(rate * durationS);

/**
 * The index after the last request due by `elapsedMs` (of `total`), starting from `next`, the first one not yet
 * sent: the generator sends [next, result) now. Requests are never skipped, and never sent before their time.
 */
export function dueUntil(next: number, elapsedMs: number, rate: number, total: number): number {
  while (next < total && scheduledAt(next, rate) <= elapsedMs) next++;
  return next;
}

/** What a paced run reports: latencies are measured from each request's scheduled time, not from when it went out. */
export interface PacedSummary {
  offeredRate: number;
  durationS: number;
  /** Requests answered (any status) per second over the run: until the later of its end and the last answer. */
  achievedRate: number;
  requests: number;
  ok: number;
  errors: { non2xx: number; timeouts: number; other: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** How late the generator itself sent requests (its own event loop): a bias it adds to every latency. */
  sendLagMs: { p99: number; max: number };
  /** Answers slower than the target, and the spells they came in (see lateSpells). */
  late: LateSpells;
}

/** The target's latency bound for the paced routes (issue 10: p99 under 50 ms). */
export const LATE_MS = 50;

export interface LateSpells {
  thresholdMs: number;
  /** Requests answered later than `thresholdMs` after their scheduled time. */
  requests: number;
  /** Runs of consecutive requests (in schedule order) all late. */
  spells: number;
  /** The longest spell's span of schedule, ms (a spell of one request: one interval). */
  longestMs: number;
}

/**
 * How the late answers of a paced run bunch: a tail made of a few long spells is a stall (a pause of a process, a
 * neighbour on the host), one spread over many short spells is load near saturation. `latencies` in schedule order.
 */
export function lateSpells(latencies: ArrayLike<number>, rate: number, thresholdMs = LATE_MS): LateSpells {
  let requests = 0;
  let spells = 0;
  let longest = 0;
  let run = 0;
  for (let i = 0; i <= latencies.length; i++) {
    if (i < latencies.length && latencies[i] > thresholdMs) {
      requests++;
      if (run++ === 0) spells++;
    } else {
      longest = Math.max(longest, run);
      run = 0;
    }
  }
  return { thresholdMs, requests, spells, longestMs: (longest * 1000) / rate };
}

/**
 * Summary of one paced run. `latencies` are ms from scheduled time to the end of the answer (errors included, a
 * timeout counting as the time it waited), `lags` ms from scheduled time to the send, `lastAnswerMs` the time of the
 * last answer after the run's start.
 */
export function summarizePaced(input: {
  rate: number;
  durationS: number;
  latencies: ArrayLike<number>;
  lags: ArrayLike<number>;
  lastAnswerMs: number;
  errors: PacedSummary['errors'];
}): PacedSummary {
  const sorted = Float64Array.from(input.latencies).sort();
  const lags = Float64Array.from(input.lags).sort();
  const { non2xx, timeouts, other } = input.errors;
  const answered = sorted.length - timeouts - other;
  return {
    offeredRate: input.rate,
    durationS: input.durationS,
    achievedRate: answered / (Math.max(input.durationS * 1000, input.lastAnswerMs) / 1000),
    requests: sorted.length,
    ok: sorted.length - non2xx - timeouts - other,
    errors: input.errors,
    latencyMs: {
      p50: percentileOfSorted(sorted, 50),
      p90: percentileOfSorted(sorted, 90),
      p99: percentileOfSorted(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1] : NaN,
    },
    sendLagMs: { p99: percentileOfSorted(lags, 99), max: lags.length ? lags[lags.length - 1] : NaN },
    late: lateSpells(input.latencies, input.rate),
  };
}
