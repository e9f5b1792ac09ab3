import { describe, expect, it } from '@jest/globals';
import { undecodableQueryParams } from './request-shape.interceptor';

describe('undecodableQueryParams', () => {
  it('accepts URLs without a query, or whose query has no percent sequence', () => {
    expect(undecodableQueryParams('/v1/me')).toEqual([]);
    expect(undecodableQueryParams('/v1/events/x/matches?limit=20&page=2&q=a+b')).toEqual([]);
    expect(undecodableQueryParams('/v1/x%ff?limit=20')).toEqual([]);
  });

  it('names each parameter whose percent-encoding is not UTF-8', () => {
    expect(undecodableQueryParams('/v1/x?limit=20&q=%ff&kind=%E2%82&ok=%41')).toEqual(['q', 'kind']);
    expect(undecodableQueryParams('/v1/x?a[b]=%ff&%ff=1')).toEqual(['a', 'query']);
  });
});
