import { describe, it, expect } from '@jest/globals';
import { productExampleInstance } from './testing/instance-builders';
import { INSTANCE_LIMITS, validateInstance } from './validate-instance';

const example = productExampleInstance;

function errorsOf(json: unknown): string[] {
  const result = validateInstance(json);
  if (result.ok) throw new Error('expected the instance to be rejected');
  return result.errors;
}

describe('validateInstance', () => {
  it('accepts the documented example and returns a clean copy', () => {
    const input = example();
    input.participants[0].blocked = [2, 0, 2, 1];
    const result = validateInstance(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.instance.participants[0].blocked).toEqual([0, 1, 2]);
    expect(result.instance.participants[1].maxPerDay).toBe(10);
    expect(result.instance.requests).toEqual(input.requests);
  });

  it('treats a missing blocked list as none and a null cap as no cap', () => {
    const input = example() as Record<string, any>;
    delete input.participants[0].blocked;
    input.participants[1].maxPerDay = null;
    const result = validateInstance(input);
    expect(result.ok && result.instance.participants.map((p) => [p.blocked, p.maxPerDay])).toEqual([
      [[], undefined],
      [[], undefined],
    ]);
  });

  it.each([null, [], 'x', 3])('rejects a non-object instance (%p)', (json) => {
    expect(errorsOf(json)[0]).toMatch(/^instance: expected an object/);
  });

  it('ignores fields outside the format', () => {
    const ok = validateInstance({ name: 'what-if', days: 1, slotsPerDay: 2, tables: 1, participants: [{ id: 's', side: 'startup', blocked: [], note: 'x' }, { id: 'c', side: 'counterpart', blocked: [] }], requests: [{ id: 'r', startup: 's', counterpart: 'c', value: 1, tag: 'y' }] });
    expect(ok.ok).toBe(true);
  });

  it('names every invalid top-level field', () => {
    const errors = errorsOf({ days: 0, slotsPerDay: '18', tables: 1.5, participants: {}, requests: null, extra: 1 });
    expect(errors).toEqual(
      expect.arrayContaining([
        'days: must be between 1 and 60, got 0',
        'slotsPerDay: expected an integer, got "18"',
        'tables: expected an integer, got 1.5',
        'participants: expected an array, got an object',
        'requests: expected an array, got null',
      ]),
    );
  });

  it('reports missing required fields', () => {
    expect(errorsOf({})).toEqual(
      expect.arrayContaining(['days: is required', 'slotsPerDay: is required', 'tables: is required', 'participants: is required']),
    );
  });

  it('caps the grid size', () => {
    const input = { ...example(), days: 60, slotsPerDay: 200 };
    expect(errorsOf(input)).toContain(`slotsPerDay: days × slotsPerDay = 12000 exceeds ${INSTANCE_LIMITS.slots} slots`);
  });

  it('checks participants one by one with their paths', () => {
    const input = example() as Record<string, any>;
    input.participants.push(
      { id: 's-1', side: 'startup', blocked: [] },
      { id: 'x', side: 'investor', blocked: [36, -1, 2.5, 'a'], maxPerDay: -1, note: 'hi' },
      { id: '', side: 'startup', blocked: [], maxPerDay: 1.5 },
      'nope',
    );
    expect(errorsOf(input)).toEqual([
      'participants[2].id: duplicate participant id "s-1"',
      'participants[3].side: expected "startup" or "counterpart", got "investor"',
      'participants[3].blocked[0]: must be between 0 and 35, got 36',
      'participants[3].blocked[1]: must be between 0 and 35, got -1',
      'participants[3].blocked[2]: expected an integer, got 2.5',
      'participants[3].blocked[3]: expected an integer, got "a"',
      'participants[3].maxPerDay: must be between 0 and 1000000000, got -1',
      'participants[4].id: expected a non-empty string, got ""',
      'participants[4].maxPerDay: expected an integer, got 1.5',
      'participants[5]: expected an object, got "nope"',
    ]);
  });

  it('checks requests: ids, parties, sides and values', () => {
    const input = example() as Record<string, any>;
    input.requests.push(
      { id: 'r-1', startup: 's-1', counterpart: 'i-7', value: 1 },
      { id: 'r-3', startup: 's-1', counterpart: 'i-9', value: 0 },
      { id: 'r-4', startup: 'i-7', counterpart: 's-1', value: -2 },
      { id: 'r-5', startup: 's-1', counterpart: 'i-7', value: Infinity },
      { id: 'r-6', startup: 's-1', counterpart: 'i-7', value: '5' },
      { id: 'r-7', startup: 's-1', counterpart: 'i-7' },
    );
    expect(errorsOf(input)).toEqual([
      'requests[1].id: duplicate request id "r-1"',
      'requests[2].counterpart: unknown participant "i-9"',
      'requests[2].value: expected a finite number > 0, got 0',
      'requests[3].startup: participant "i-7" is a counterpart, expected a startup',
      'requests[3].counterpart: participant "s-1" is a startup, expected a counterpart',
      'requests[3].value: expected a finite number > 0, got -2',
      'requests[4].value: expected a finite number > 0, got Infinity',
      'requests[5].value: expected a finite number > 0, got "5"',
      'requests[6].value: expected a finite number > 0, got undefined',
    ]);
  });

  it('checks per-slot tables', () => {
    expect(errorsOf({ ...example(), tablesBySlot: [1, 2] })).toEqual(['tablesBySlot: expected one entry per slot (36), got 2']);
    const bad = Array.from({ length: 36 }, () => 1);
    bad[4] = 151;
    expect(errorsOf({ ...example(), tablesBySlot: bad })).toEqual(['tablesBySlot[4]: must be between 0 and 150, got 151']);
  });

  it('checks fixed meetings against every booking rule', () => {
    const input = {
      days: 1,
      slotsPerDay: 4,
      tables: 2,
      tablesBySlot: [2, 2, 1, 0],
      participants: [
        { id: 's-1', side: 'startup', blocked: [1] },
        { id: 's-2', side: 'startup', blocked: [] },
        { id: 'c-1', side: 'counterpart', blocked: [], maxPerDay: 1 },
        { id: 'c-2', side: 'counterpart', blocked: [] },
      ],
      requests: [
        { id: 'a', startup: 's-1', counterpart: 'c-1', value: 1 },
        { id: 'b', startup: 's-2', counterpart: 'c-1', value: 1 },
        { id: 'c', startup: 's-2', counterpart: 'c-2', value: 1 },
        { id: 'd', startup: 's-1', counterpart: 'c-2', value: 1 },
      ],
      fixed: [
        { request: 'a', slot: 0, table: 1 },
        { request: 'b', slot: 2, table: 1 },
        { request: 'c', slot: 0, table: 1 },
        { request: 'a', slot: 3, table: 1 },
        { request: 'zz', slot: 0, table: 1 },
        { request: 'd', slot: 1, table: 3 },
      ],
    };
    expect(errorsOf(input)).toEqual([
      'fixed[1].slot: participant "c-1" exceeds maxPerDay 1 on day 0',
      'fixed[2].table: table 1 in slot 0 is also taken by fixed request "a"',
      'fixed[3].table: no table is available in slot 3',
      'fixed[3].request: request "a" is fixed twice',
      'fixed[4].request: unknown request "zz"',
      'fixed[5].table: must be between 1 and 2, got 3',
    ]);
    const blocked = { ...input, fixed: [{ request: 'd', slot: 1, table: 1 }, { request: 'c', slot: 3, table: 1 }] };
    expect(errorsOf(blocked)).toEqual([
      'fixed[0].slot: participant "s-1" is blocked in slot 1',
      'fixed[1].table: no table is available in slot 3',
    ]);
    const twice = { ...input, fixed: [{ request: 'c', slot: 0, table: 1 }, { request: 'b', slot: 0, table: 2 }] };
    expect(errorsOf(twice)).toEqual(['fixed[1].slot: participant "s-2" already meets in slot 0 (fixed request "c")']);
  });

  it('caps the number of errors it lists', () => {
    const input = example() as Record<string, any>;
    input.participants[0].blocked = Array.from({ length: 300 }, () => -1);
    const errors = errorsOf(input);
    expect(errors).toHaveLength(101);
    expect(errors[100]).toBe('... and 200 more errors');
  });
});
