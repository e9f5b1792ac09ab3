import { describe, expect, it } from 'vitest';
import { filterParticipants } from './participants-list';

describe('filterParticipants', () => {
  const people = [
    { accountId: '1', role: 'startup', displayName: '김하늘', status: 'active', joinedAt: '' },
    { accountId: '2', role: 'investor', displayName: 'Maya Becker', status: 'active', joinedAt: '' },
    { accountId: '3', role: 'startup', displayName: 'MAYA Labs', status: 'active', joinedAt: '' },
  ];
  it('matches names case-insensitively and in Korean, within a role', () => {
    expect(filterParticipants(people, 'maya', null).map((p) => p.accountId)).toEqual(['2', '3']);
    expect(filterParticipants(people, 'maya', 'startup').map((p) => p.accountId)).toEqual(['3']);
    expect(filterParticipants(people, '하늘', null).map((p) => p.accountId)).toEqual(['1']);
    expect(filterParticipants(people, '', 'investor').map((p) => p.accountId)).toEqual(['2']);
  });
});
