import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built module, as the bench runs it (`npm test` builds before Jest runs; see scripts/test.sh). */
const BUILT = resolve('dist/bench/interrupts.js');

/** Runs a script that registers cleanups and then waits to be stopped; returns its exit code and what the cleanups wrote. */
async function stopped(body: string, signal: NodeJS.Signals): Promise<{ code: number | null; log: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sgm-interrupts-'));
  const log = join(dir, 'log');
  writeFileSync(log, '');
  const script = `
    const { appendFileSync } = require('node:fs');
    const { onInterrupt } = require(${JSON.stringify(BUILT)});
    const note = (s) => appendFileSync(${JSON.stringify(log)}, s + '\\n');
    ${body}
    note('ready');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 60_000;
  while (!readFileSync(log, 'utf8').includes('ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the script did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (c) => resolve(c));
    child.kill(signal);
  });
  return { code, log: readFileSync(log, 'utf8') };
}

describe('bench interrupts', () => {
  it('on SIGTERM runs the registered cleanups, latest first, and exits 143', async () => {
    const { code, log } = await stopped(`
      onInterrupt(() => note('drop database'));
      onInterrupt(async () => { await new Promise((r) => setTimeout(r, 50)); note('stop api'); });`, 'SIGTERM');
    expect(code).toBe(143);
    expect(log.trim().split('\n')).toEqual(['ready', 'stop api', 'drop database']);
  });

  it('skips a step the bench undid itself, goes on past one that fails, and exits 130 on SIGINT', async () => {
    const { code, log } = await stopped(`
      onInterrupt(() => note('drop database'));
      onInterrupt(() => { throw new Error('gone already'); });
      const undone = onInterrupt(() => note('stop api'));
      undone();`, 'SIGINT');
    expect(code).toBe(130);
    expect(log.trim().split('\n')).toEqual(['ready', 'drop database']);
  });
});
