import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { installFastRowFields } from './prepared';

type Fields = { name: string; dataTypeID: number; format: string }[];
type AddFields = ((fields: Fields) => void) & { fastRowFields?: boolean; library?: (fields: Fields) => void };
interface TestResult {
  fields: Fields;
  _prebuiltEmptyResultObject: unknown;
  addFields: AddFields;
  parseRow(values: (string | null)[]): unknown;
}
const { Result } = pg as unknown as { Result: { new (rowMode?: string): TestResult; prototype: TestResult } };

const field = (name: string, dataTypeID = 25): Fields[number] => ({ name, dataTypeID, format: 'text' });
const FIELDS: Fields = [field('id', 23), field('name'), field('tags', 1009)];
const VALUES = ['42', 'x', '{a,b}'];

/** Rows parsed by a Result whose fields were set by `addFields`, as [prototype, keys in order, row]. */
function parse(addFields: AddFields, rowMode: string | undefined, fields: Fields, values: (string | null)[]) {
  const result = new Result(rowMode);
  addFields.call(result, fields);
  const row = result.parseRow(values) as object;
  return { proto: Object.getPrototypeOf(row), keys: Reflect.ownKeys(row), row, fields: result.fields };
}

describe('node-postgres row fields (installFastRowFields)', () => {
  it('is installed on the Result class node-postgres uses, once', () => {
    const patched = Result.prototype.addFields;
    expect(patched.fastRowFields).toBe(true);
    installFastRowFields(Result);
    expect(Result.prototype.addFields).toBe(patched);
  });

  it('parses array rows as before, without building the object-row template', () => {
    const result = new Result('array');
    result.addFields(FIELDS);
    expect(result.fields).toBe(FIELDS);
    expect(result._prebuiltEmptyResultObject).toBeNull();
    expect(result.parseRow(VALUES)).toEqual([42, 'x', ['a', 'b']]);
    expect(result.parseRow(['7', null, null])).toEqual([7, null, null]);
  });

  it('gives object and array rows exactly what the library gives them (keys, order, prototype, values)', () => {
    const patched = Result.prototype.addFields;
    const library = patched.library!;
    const cases: [Fields, (string | null)[]][] = [
      [FIELDS, VALUES],
      [FIELDS, ['1', null, '{}']],
      [[field('b'), field('2'), field('a'), field('10'), field('constructor'), field('toString')], ['1', '2', '3', '4', '5', '6']],
      [[field('x'), field('x', 23)], ['a', '5']],
      [[], []],
      [[field('__proto__'), field('y')], ['p', 'q']],
    ];
    for (const [fields, values] of cases) {
      for (const mode of [undefined, 'array']) expect(parse(patched, mode, fields, values)).toStrictEqual(parse(library, mode, fields, values));
    }
    // The library keeps a `__proto__` column as an own key; so does the patched path (it defers to the library).
    expect(parse(patched, undefined, [field('__proto__')], ['p']).keys).toEqual(['__proto__']);
  });
});
