import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { installArrayRowFields } from './prepared';

type Fields = { name: string; dataTypeID: number; format: string }[];
interface TestResult {
  fields: Fields;
  _prebuiltEmptyResultObject: unknown;
  addFields(fields: Fields): void;
  parseRow(values: (string | null)[]): unknown;
}
const { Result } = pg as unknown as { Result: new (rowMode?: string) => TestResult };

const FIELDS: Fields = [
  { name: 'id', dataTypeID: 23, format: 'text' },
  { name: 'name', dataTypeID: 25, format: 'text' },
  { name: 'tags', dataTypeID: 1009, format: 'text' },
];
const VALUES = ['42', 'x', '{a,b}'];

describe('node-postgres array rows (installArrayRowFields)', () => {
  it('is installed on the Result class node-postgres uses, once', () => {
    const patched = Result.prototype.addFields;
    expect((patched as unknown as { arrayRowsPatched?: boolean }).arrayRowsPatched).toBe(true);
    installArrayRowFields(Result);
    expect(Result.prototype.addFields).toBe(patched);
  });

  it('parses array rows as before, without building the object-row template', () => {
    const result = new Result('array');
    result.addFields(FIELDS);
    expect(result.fields).toBe(FIELDS);
    expect(result._prebuiltEmptyResultObject).toBeNull();
    expect(result.parseRow([...VALUES, null].slice(0, 3))).toEqual([42, 'x', ['a', 'b']]);
    expect(result.parseRow(['7', null, null])).toEqual([7, null, null]);
  });

  it('leaves object rows to the library', () => {
    const result = new Result();
    result.addFields(FIELDS);
    expect(result.parseRow(VALUES)).toEqual({ id: 42, name: 'x', tags: ['a', 'b'] });
  });
});
