import { describe, expect, it } from '@jest/globals';
import { csvCell, toCsv } from './csv';

describe('CSV cells', () => {
  it('neutralises anything a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(evil);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('quotes separators and keeps plain text and Korean as they are', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('큐비트랩')).toBe('큐비트랩');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 'b'], [1, '=x']])).toBe("\uFEFFa,b\r\n1,'=x\r\n");
  });
});
