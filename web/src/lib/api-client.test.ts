import { describe, expect, it } from 'vitest';
import { ApiError, fieldError, toApiError } from './api-client';

describe('fieldError', () => {
  const error = toApiError(400, {
    code: 'validation_failed',
    message: 'invalid',
    errors: [{ field: 'fundingAsk.amount', message: 'fundingAsk.amount must be an integer' }, { field: 'keywords[2]', message: 'too long' }, { field: 'name', message: 'name is required' }],
  });

  it('finds the message for a field, counting nested and list entries for their field', () => {
    expect(fieldError(error, 'name')).toBe('name is required');
    expect(fieldError(error, 'fundingAsk')).toBe('fundingAsk.amount must be an integer');
    expect(fieldError(error, 'keywords')).toBe('too long');
  });

  it('has nothing for other fields, other errors or no error', () => {
    expect(fieldError(error, 'fund')).toBeUndefined();
    expect(fieldError(new ApiError(409, 'conflict', 'taken'), 'name')).toBeUndefined();
    expect(fieldError(new Error('network'), 'name')).toBeUndefined();
    expect(fieldError(null, 'name')).toBeUndefined();
  });
});
