import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPlan } from '../modules/booking/optimizer';
import { productExampleInstance } from '../modules/booking/optimizer/testing/instance-builders';
import { runPlanCli } from './plan.cli';

const instance = productExampleInstance();

describe('plan CLI', () => {
  let dir: string;
  let out: string;
  let err: string;
  const run = (...argv: string[]) =>
    runPlanCli(argv, { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: () => JSON.stringify(instance) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    out = '';
    err = '';
    writeFileSync(join(dir, 'instance.json'), JSON.stringify(instance));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a valid plan to --out, relative to the caller directory', () => {
    expect(run('--in', 'instance.json', '--out', 'plan.json')).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    expect(verifyPlan(instance as never, plan)).toEqual([]);
    expect(plan.stats).toMatchObject({ requests: 1, booked: 1, upperBound: 1 });
    expect(err).toMatch(/^planned 1 of 1 requests/);
    expect(readdirSync(dir).sort()).toEqual(['instance.json', 'plan.json']);
  });

  it('prints the plan to stdout without --out, and reads stdin with --in -', () => {
    expect(run('--in=-')).toBe(0);
    expect(JSON.parse(out).meetings).toHaveLength(1);
  });

  it('rejects a malformed instance with its errors and writes nothing', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...instance, requests: [{ id: 'r-1', startup: 's-1', counterpart: 'i-9', value: 1 }] }));
    expect(run('--in', 'bad.json', '--out', 'plan.json')).toBe(1);
    expect(err).toContain('requests[0].counterpart: unknown participant "i-9"');
    expect(existsSync(join(dir, 'plan.json'))).toBe(false);
  });

  it('rejects invalid JSON and missing files', () => {
    writeFileSync(join(dir, 'broken.json'), '{"days": ');
    expect(run('--in', 'broken.json', '--out', 'plan.json')).toBe(1);
    expect(err).toMatch(/broken\.json: not valid JSON/);
    expect(run('--in', 'missing.json', '--out', 'plan.json')).toBe(1);
    expect(err).toMatch(/missing\.json: cannot read it \(ENOENT\)/);
    expect(existsSync(join(dir, 'plan.json'))).toBe(false);
  });

  it('explains bad arguments', () => {
    expect(run()).toBe(2);
    expect(err).toContain('--in is required');
    expect(run('--in')).toBe(2);
    expect(err).toContain('--in needs a value');
    expect(run('--in', 'instance.json', '--fast')).toBe(2);
    expect(err).toContain('unknown argument "--fast"');
    expect(run('--help')).toBe(0);
    expect(out).toContain('Usage: npm run plan');
  });
});
