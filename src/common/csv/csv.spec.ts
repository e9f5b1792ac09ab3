import { describe, expect, it } from '@jest/globals';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('neutralises formula-looking text but keeps numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+82 10')).toBe("'+82 10");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('양자 기술')).toBe('양자 기술');
    expect(csvCell(null)).toBe('');
  });

  it('quotes separators and line breaks and ends lines with CRLF', () => {
    expect(toCsv([['a,b', 'c"d'], [1, 'x\ny']])).toBe('\uFEFF"a,b","c""d"\r\n1,"x\ny"\r\n');
  });
});
