import { fork, spawn, type ChildProcess } from 'node:child_process';
import type autocannon from 'autocannon';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { PacedOptions, PacedResult } from './api-paced';
import { onInterrupt } from './interrupts';

/**
 * The built API (dist/src/main.js) in a child process on `port`, rate limits off; `env` adds to this process's
 * environment, `nodeArgs` go to its `node` (and, through `process.execArgv`, to the cluster's processes), so flags that
 * NODE_OPTIONS refuses, such as `--cpu-prof`, work too.
 */
export function startApi(port: number, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, resolve(__dirname, '../src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      PROCESS_ROLE: 'api',
      RATE_LIMIT_SIGNUPS_PER_HOUR: '0',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A bench stopped midway stops its API too (a forgotten one would take CPU from every later run).
  const undo = onInterrupt(() => stopApi(child));
  child.once('exit', undo);
  child.on('exit', (code, signal) => {
    if (code && code !== 0) console.error(`API process exited with ${code ?? signal}`);
  });
  return child;
}

export async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Logs in through the API and returns the bearer token. */
export async function apiLogin(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** One autocannon run in a process of its own (bench/api-load.ts), so the load generator competes with neither the API nor this process. */
export function runLoad(options: autocannon.Options): Promise<autocannon.Result> {
  return inChild<autocannon.Result>('api-load.js', options);
}

/** One paced, open-loop run (warm-up, then measured) in a process of its own (bench/api-paced.ts). */
export function runPaced(options: PacedOptions): Promise<PacedResult> {
  return inChild<PacedResult>('api-paced.js', options);
}

function inChild<T>(script: string, options: unknown): Promise<T> {
  const child = fork(resolve(__dirname, script), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  // A load generator left running would keep loading whatever takes the port next.
  const undo = onInterrupt(() => void child.kill('SIGKILL'));
  child.once('exit', undo);
  return new Promise((ok, fail) => {
    let result: T | undefined;
    child.once('message', (r) => (result = r as T));
    child.once('error', fail);
    child.once('exit', (code) => (result ? ok(result) : fail(new Error(`load generator ${script} exited with ${code}`))));
    child.send(options as object);
  });
}
