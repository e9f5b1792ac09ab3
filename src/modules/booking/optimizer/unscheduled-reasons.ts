import { popcount, type ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';

/** The reasons that mean the two people have no slot where both are free (on the instance's availability). */
export const NO_COMMON_SLOT = {
  startupBlocked: 'the startup is blocked in every slot',
  counterpartBlocked: 'the counterpart is blocked in every slot',
  none: 'no common free slot',
} as const;

/**
 * Why request r is not in the final plan, in words an organizer can act on: who is blocked, whose daily
 * cap is the limit, whether other meetings or the number of tables stand in the way. Works on the availability
 * bitsets without building lists (it runs for every unscheduled request, thousands at conference scale).
 */
export function unscheduledReason(model: ScheduleModel, state: ScheduleState, r: number): string {
  const m = model;
  const s = m.reqStartup[r];
  const j = m.reqCounterpart[r];
  let sFree = 0;
  let jFree = 0;
  let commonCount = 0;
  for (let w = 0; w < m.words; w++) {
    sFree |= m.avail[s * m.words + w];
    jFree |= m.avail[j * m.words + w];
    commonCount += popcount(m.avail[s * m.words + w] & m.avail[j * m.words + w]);
  }
  if (sFree === 0) return NO_COMMON_SLOT.startupBlocked;
  if (jFree === 0) return NO_COMMON_SLOT.counterpartBlocked;
  if (commonCount === 0) return NO_COMMON_SLOT.none;
  if (m.cap[s] === 0) return "startup's daily cap is 0";
  if (m.cap[j] === 0) return "counterpart's daily cap is 0";

  const capped = (p: number, d: number): boolean => state.dayCount[p * m.days + d] >= m.cap[p];
  // Over the days that hold a common free slot.
  let sCappedAll = true;
  let jCappedAll = true;
  for (let d = 0; d < m.days; d++) {
    let common = 0;
    for (let w = 0; w < m.words; w++) common |= m.avail[s * m.words + w] & m.avail[j * m.words + w] & m.dayMask[d * m.words + w];
    if (common === 0) continue;
    if (!capped(s, d)) sCappedAll = false;
    if (!capped(j, d)) jCappedAll = false;
  }
  if (sCappedAll && jCappedAll) return "startup's and counterpart's daily caps reached on all common days";
  if (sCappedAll) return "startup's daily cap reached on all common days";
  if (jCappedAll) return "counterpart's daily cap reached on all common days";

  // Over the open slots: common, free, on a day where neither is at their cap.
  let open = 0;
  let busy = 0;
  let full = 0;
  let sBusyAll = true;
  let jBusyAll = true;
  let higher = true;
  for (let w = 0; w < m.words; w++) {
    let x = m.avail[s * m.words + w] & m.avail[j * m.words + w];
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      const t = (w << 5) + 31 - Math.clz32(low);
      if (capped(s, m.dayOf[t]) || capped(j, m.dayOf[t])) continue;
      open++;
      const os = state.occupant[s * m.slots + t];
      const oj = state.occupant[j * m.slots + t];
      if (os >= 0 || oj >= 0) busy++;
      if (os < 0) sBusyAll = false;
      if (oj < 0) jBusyAll = false;
      if ((os >= 0 && m.reqValue[os] < m.reqValue[r]) || (oj >= 0 && m.reqValue[oj] < m.reqValue[r])) higher = false;
      if (state.load[t] >= m.slotTables[t]) full++;
    }
  }
  if (open === 0) return 'daily caps reached on all common days (the startup\'s on some, the counterpart\'s on others)';

  if (busy === open) {
    const who = sBusyAll && !jBusyAll ? 'the startup' : jBusyAll && !sBusyAll ? 'the counterpart' : 'the startup or the counterpart';
    return higher
      ? `conflicts with higher-value meetings in every common free slot (${who} already booked)`
      : `conflicts with other meetings in every common free slot (${who} already booked)`;
  }
  if (busy === 0 && full === open) return 'all tables taken in every common free slot';
  const cappedSlots = commonCount - open;
  const parts = [
    busy && `${busy} taken by other meetings`,
    open - busy && `${open - busy} with all tables taken`,
    cappedSlots && `${cappedSlots} on days at a daily cap`,
  ].filter(Boolean);
  return `no common free slot left: of ${commonCount} common free slots, ${parts.join(', ')}`;
}
