import { Agent, request } from 'node:http';
import { dueUntil, requestCount, scheduledAt, summarizePaced, type PacedSummary } from './load-stats';

/** What the bench sends the paced load generator. */
export interface PacedOptions {
  url: string;
  headers?: Record<string, string>;
  /** Requests per second, evenly spaced: request i is due at start + i / rate. */
  rate: number;
  /** Seconds measured, after `warmup` seconds at the same rate that are not. */
  duration: number;
  warmup: number;
  /** Keep-alive connections, all opened before the warm-up and used in turn. */
  connections: number;
  /** An answer later than this is a timeout (an error). */
  timeoutMs?: number;
}

export type PacedResult = PacedSummary & { connections: number; generatorCpuPercent: number };

/**
 * The paced (open-loop) load generator's own process, forked by `runPaced` in api-process.ts: request i goes out
 * at t0 + i / rate whether or not earlier ones have been answered, over a keep-alive pool of `connections`
 * sockets (taken in turn, `fifo`, so they spread over the API's cluster workers as the connections do; a request
 * finding every socket busy waits in the pool). Its latency runs from its *scheduled* time to the end of its answer,
 * so time spent queued behind a slow answer (in the pool or in the server) counts: no coordinated omission. The
 * generator's own lateness (its event loop) is reported as the send lag, a bias it adds to every latency.
 */
function pacedRun(agent: Agent, options: PacedOptions, durationS: number): Promise<PacedSummary> {
  const url = new URL(options.url);
  const { rate } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const total = requestCount(rate, durationS);
  const latencies = new Float64Array(total);
  const lags = new Float64Array(total);
  const errors = { non2xx: 0, timeouts: 0, other: 0 };
  let next = 0;
  let done = 0;
  let lastAnswer = 0;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const finish = (i: number, error?: keyof typeof errors) => {
      const now = performance.now() - t0;
      latencies[i] = now - scheduledAt(i, rate);
      if (error) errors[error]++;
      if (error !== 'timeouts' && error !== 'other') lastAnswer = Math.max(lastAnswer, now);
      if (++done === total) resolve(summarizePaced({ rate, durationS, latencies, lags, lastAnswerMs: lastAnswer, errors }));
    };
    const send = (i: number) => {
      lags[i] = performance.now() - t0 - scheduledAt(i, rate);
      let settled = false;
      const settle = (error?: keyof typeof errors) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        finish(i, error);
      };
      const req = request({ agent, host: url.hostname, port: url.port, path: url.pathname + url.search, headers: options.headers }, (res) => {
        res.once('end', () => settle(res.statusCode! >= 200 && res.statusCode! < 300 ? undefined : 'non2xx'));
        res.once('error', () => settle('other'));
        res.resume();
      });
      const timer = setTimeout(() => {
        settle('timeouts');
        req.destroy();
      }, timeoutMs);
      req.once('error', () => settle('other'));
      req.end();
    };
    const tick = () => {
      const until = dueUntil(next, performance.now() - t0, rate, total);
      while (next < until) send(next++);
      if (next < total) setTimeout(tick, Math.max(0, t0 + scheduledAt(next, rate) - performance.now()));
    };
    tick();
  });
}

/** Opens every connection of the pool at once (concurrent requests, answers discarded). */
function openConnections(agent: Agent, options: PacedOptions): Promise<void> {
  const url = new URL(options.url);
  return Promise.all(
    Array.from(
      { length: options.connections },
      () =>
        new Promise<void>((ok, fail) => {
          const req = request({ agent, host: url.hostname, port: url.port, path: url.pathname + url.search, headers: options.headers }, (res) => {
            res.once('end', ok);
            res.resume();
          });
          req.once('error', fail);
          req.end();
        }),
    ),
  ).then(() => undefined);
}

export async function paced(options: PacedOptions): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections, scheduling: 'fifo' });
  try {
    await openConnections(agent, options);
    if (options.warmup > 0) await pacedRun(agent, options, options.warmup);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const summary = await pacedRun(agent, options, options.duration);
    const used = process.cpuUsage(cpu);
    return { ...summary, connections: options.connections, generatorCpuPercent: (100 * (used.user + used.system)) / 1000 / (performance.now() - started) };
  } finally {
    agent.destroy();
  }
}

if (process.send) {
  process.once('message', (options: PacedOptions) => {
    paced(options).then(
      (result) => process.send!(result, () => process.exit(0)),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
