import { describe, it, expect } from '@jest/globals';
import { capacityReport } from './capacity-report';
import { counterpart, instanceOf, request, startup } from './testing/instance-builders';

describe('capacityReport', () => {
  it('compares requests with table-slots and people with their free time', () => {
    const requests = ['s-1', 's-2', 's-3', 's-4', 's-5'].map((s, i) => request(`r-${i}`, s, 'c-1', 10));
    const report = capacityReport(
      instanceOf(
        { days: 2, slotsPerDay: 2, tables: 1 },
        [startup('s-1'), startup('s-2'), startup('s-3'), startup('s-4'), startup('s-5'), counterpart('c-1', [0], 1)],
        requests,
      ),
    );
    expect(report).toMatchObject({ requests: 5, slots: 4, tables: 1, tableSlots: 4, tableUtilisation: 1.25, tablesNeeded: 3 });
    // c-1: day 0 has one free slot, day 1 two but a cap of 1 → 2 meetings at most for 5 requests.
    expect(report.busiest[0]).toEqual({ id: 'c-1', side: 'counterpart', requests: 5, capacity: 2, excess: 3 });
    expect(report.overbookedParticipants).toBe(1);
    expect(report.warnings).toEqual([
      '5 requests but only 4 table-slots: at least 1 cannot be booked',
      'about 3 tables are advisable, 1 are planned',
      '1 participants have more requests than free slots within their daily caps (3 requests in excess)',
    ]);
  });
});
