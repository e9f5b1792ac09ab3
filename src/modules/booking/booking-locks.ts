import type { EntityManager } from 'typeorm';

/**
 * Advisory locks that order booking work (the schema's unique keys are the real guard; locks only keep
 * writers from tripping over each other). Everything that chooses a slot (single bookings, moves, schedule
 * runs, IR allocation and withdrawal, publishing) takes the event lock exclusively; cancellations take it shared
 * plus one lock per person, always in sorted order, so cancellations of different people run side by side.
 */
export async function lockEventBooking(tx: EntityManager, eventId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await tx.query(`SELECT ${fn}(hashtextextended('booking:' || $1, 0))`, [eventId]);
}

export async function lockPeople(tx: EntityManager, eventId: string, accountIds: string[]): Promise<void> {
  for (const id of [...new Set(accountIds)].sort()) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('booking-person:' || $1 || ':' || $2, 0))`, [eventId, id]);
  }
}
