import type { ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';

/**
 * Why request r is not in the final plan, in words an organizer can act on: who is blocked, whose daily
 * cap is the limit, whether other meetings or the number of tables stand in the way.
 */
export function unscheduledReason(model: ScheduleModel, state: ScheduleState, r: number): string {
  const m = model;
  const s = m.reqStartup[r];
  const j = m.reqCounterpart[r];
  const common: number[] = [];
  let sFree = 0;
  let jFree = 0;
  for (let w = 0; w < m.words; w++) {
    sFree |= m.avail[s * m.words + w];
    jFree |= m.avail[j * m.words + w];
    let x = m.avail[s * m.words + w] & m.avail[j * m.words + w];
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      common.push((w << 5) + 31 - Math.clz32(low));
    }
  }
  if (sFree === 0) return 'the startup is blocked in every slot';
  if (jFree === 0) return 'the counterpart is blocked in every slot';
  if (common.length === 0) return 'no common free slot';
  if (m.cap[s] === 0) return "startup's daily cap is 0";
  if (m.cap[j] === 0) return "counterpart's daily cap is 0";

  const capped = (p: number, d: number): boolean => state.dayCount[p * m.days + d] >= m.cap[p];
  const days = [...new Set(common.map((t) => m.dayOf[t]))];
  const sCappedAll = days.every((d) => capped(s, d));
  const jCappedAll = days.every((d) => capped(j, d));
  if (sCappedAll && jCappedAll) return "startup's and counterpart's daily caps reached on all common days";
  if (sCappedAll) return "startup's daily cap reached on all common days";
  if (jCappedAll) return "counterpart's daily cap reached on all common days";

  const open = common.filter((t) => !capped(s, m.dayOf[t]) && !capped(j, m.dayOf[t]));
  if (open.length === 0) return 'daily caps reached on all common days (the startup\'s on some, the counterpart\'s on others)';

  const busy = open.filter((t) => state.occupant[s * m.slots + t] >= 0 || state.occupant[j * m.slots + t] >= 0);
  if (busy.length === open.length) {
    const sBusyAll = open.every((t) => state.occupant[s * m.slots + t] >= 0);
    const jBusyAll = open.every((t) => state.occupant[j * m.slots + t] >= 0);
    const higher = open.every((t) =>
      [state.occupant[s * m.slots + t], state.occupant[j * m.slots + t]].every((e) => e < 0 || m.reqValue[e] >= m.reqValue[r]),
    );
    const who = sBusyAll && !jBusyAll ? 'the startup' : jBusyAll && !sBusyAll ? 'the counterpart' : 'the startup or the counterpart';
    return higher
      ? `conflicts with higher-value meetings in every common free slot (${who} already booked)`
      : `conflicts with other meetings in every common free slot (${who} already booked)`;
  }
  const full = open.filter((t) => state.load[t] >= m.slotTables[t]);
  if (busy.length === 0 && full.length === open.length) return 'all tables taken in every common free slot';
  const cappedSlots = common.length - open.length;
  const parts = [
    busy.length && `${busy.length} taken by other meetings`,
    open.length - busy.length && `${open.length - busy.length} with all tables taken`,
    cappedSlots && `${cappedSlots} on days at a daily cap`,
  ].filter(Boolean);
  return `no common free slot left: of ${common.length} common free slots, ${parts.join(', ')}`;
}
