import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestApp } from './utils';

/** The built API or worker as a child process, the way production runs it; its stdout is kept line by line. */
export interface AppProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT for the API; undefined for a worker. */
  url?: string;
  lines: string[];
  /** stdout lines parsed as JSON (a line that is not JSON throws: logs are structured). */
  records(): Record<string, any>[];
  waitFor(predicate: (record: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every child started, so none outlives the test file even when its start failed. */
const spawned = new Set<ChildProcess>();
process.once('exit', () => { for (const c of spawned) if (c.exitCode === null) c.kill('SIGKILL'); });

const SCRIPTS = { api: 'dist/src/main.js', worker: 'dist/src/worker.js' } as const;

export async function startProcess(kind: 'api' | 'worker', t: Pick<TestApp, 'databaseUrl' | 'queuePrefix'>, env: Record<string, string> = {}): Promise<AppProcess> {
  const script = SCRIPTS[kind];
  if (!existsSync(script)) throw new Error(`${script} is missing: run "npx nest build" first (npm test does)`);
  const port = kind === 'api' ? await freePort() : undefined;
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      // info level: readiness is read from the log ("Worker started"); stdout is captured, not shown
      NODE_ENV: 'test', DATABASE_URL: t.databaseUrl, QUEUE_PREFIX: t.queuePrefix, LOG_LEVEL: 'log',
      PROCESS_ROLE: 'api', ...(port ? { PORT: String(port) } : {}), ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  spawned.add(child);
  const lines: string[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts.filter((l) => l.trim()));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const records = () => lines.map((l) => {
    try { return JSON.parse(l); } catch { throw new Error(`not a JSON log line: ${l}`); }
  });
  const waitFor = async (predicate: (r: Record<string, any>) => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = records().find(predicate);
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`${kind}: no such log line in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const proc: AppProcess = { child, lines, records, waitFor, exited, url: port ? `http://127.0.0.1:${port}` : undefined };
  try {
    if (proc.url) await waitForHttp(proc, `${proc.url}/health`);
    else await waitFor((r) => r.msg === 'Worker started');
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return proc;
}

async function waitForHttp(proc: AppProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`process exited with ${proc.child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGKILL whatever is still running (test clean-up). */
export function killAll(processes: AppProcess[]): void {
  for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
}
