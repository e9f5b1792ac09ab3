import { describe, expect, it } from '@jest/globals';
import { metricsAccess } from './metrics-access';

const TOKEN = 'metrics-token-0123456789';

describe('metricsAccess', () => {
  it('lets direct loopback callers in without a token', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.53']) expect(metricsAccess(address, {}, undefined)).toBe('allowed');
  });

  it('asks everyone else, and proxied loopback callers, for the token', () => {
    expect(metricsAccess('10.1.2.3', {}, TOKEN)).toBe('denied');
    expect(metricsAccess('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }, TOKEN)).toBe('denied');
    expect(metricsAccess('10.1.2.3', { authorization: 'Bearer wrong-token-0123456789' }, TOKEN)).toBe('denied');
    expect(metricsAccess('10.1.2.3', { authorization: `Bearer ${TOKEN}x` }, TOKEN)).toBe('denied');
    expect(metricsAccess('10.1.2.3', { authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe('allowed');
    expect(metricsAccess('127.0.0.1', { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe('allowed');
  });

  it('refuses outside callers when no token is configured', () => {
    expect(metricsAccess('10.1.2.3', { authorization: 'Bearer ' }, undefined)).toBe('denied');
    expect(metricsAccess('10.1.2.3', { authorization: 'Bearer anything-at-all-here' }, undefined)).toBe('denied');
  });
});
