import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../api/attendance';
import { meetingActions, meetingOfPayload, normalizeCode, toggleFollowUps } from './attendance-rules';
import { QUIET_ZONE, qrModules, qrPath } from './check-in-qr';

const S = 'aaaaaaaa-0000-4000-8000-000000000001';
const V = 'bbbbbbbb-0000-4000-8000-000000000002';
const START = '2031-10-28T10:00:00+09:00'; // 01:00Z
const at = (iso: string) => new Date(iso);

function meeting(over: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: 'cccccccc-0000-4000-8000-000000000003',
    eventId: 'dddddddd-0000-4000-8000-000000000004',
    requestId: 'eeeeeeee-0000-4000-8000-000000000005',
    participants: [S, V],
    parties: [
      { accountId: S, name: 'QubitLab', role: 'startup' },
      { accountId: V, name: 'Han River Partners', role: 'investor' },
    ],
    startsAt: START,
    endsAt: '2031-10-28T10:30:00+09:00',
    table: 3,
    status: 'booked',
    provisional: false,
    sequence: 0,
    checkIns: [],
    noShow: null,
    noShowAllowedFrom: '2031-10-28T10:10:00+09:00',
    myCheckInCode: { code: 'K7Q2XM', qrPayload: 'SGM1:CHECKIN:cccccccc-0000-4000-8000-000000000003:K7Q2XM' },
    outcomeRecordedBy: [],
    ...over,
  };
}
const checkedIn = (...ids: string[]) => ids.map((accountId) => ({ accountId, at: START, via: 'agenda' as const }));

describe('meetingActions: check-in', () => {
  it('opens 30 minutes before the start and closes 12 hours after the end', () => {
    expect(meetingActions(meeting(), S, at('2031-10-28T00:29:00Z')).checkIn).toBe('not-yet');
    expect(meetingActions(meeting(), S, at('2031-10-28T00:30:00Z'))).toMatchObject({ checkIn: 'open', canCheckIn: true, canUseCode: true });
    expect(meetingActions(meeting(), S, at('2031-10-28T13:30:00Z')).checkIn).toBe('open');
    expect(meetingActions(meeting(), S, at('2031-10-28T13:31:00Z'))).toMatchObject({ checkIn: 'closed', canCheckIn: false, canUseCode: false });
  });

  it('offers the button until I am in, and the code until both are', () => {
    const now = at('2031-10-28T01:05:00Z');
    expect(meetingActions(meeting({ checkIns: checkedIn(S) }), S, now)).toMatchObject({ meCheckedIn: true, canCheckIn: false, canUseCode: true });
    expect(meetingActions(meeting({ checkIns: checkedIn(V) }), S, now)).toMatchObject({ otherCheckedIn: true, canCheckIn: true });
    expect(meetingActions(meeting({ status: 'held', checkIns: checkedIn(S, V) }), S, now)).toMatchObject({ canCheckIn: false, canUseCode: false });
  });

  it('offers nothing on a cancelled meeting or to someone not a party', () => {
    const now = at('2031-10-28T01:05:00Z');
    expect(meetingActions(meeting({ status: 'cancelled' }), S, now)).toMatchObject({ checkIn: 'cancelled', canCheckIn: false, canUseCode: false });
    expect(meetingActions(meeting(), 'organizer-id', now)).toMatchObject({ party: false, canCheckIn: false, canMarkNoShow: false, canRecordOutcome: false });
  });
});

describe('meetingActions: no-show', () => {
  const alone = meeting({ checkIns: checkedIn(S) });
  it('is possible from ten minutes after the start, for the party that checked in, while the other has not', () => {
    expect(meetingActions(alone, S, at('2031-10-28T01:09:59Z'))).toMatchObject({ canMarkNoShow: false, noShowFrom: new Date('2031-10-28T01:10:00Z') });
    expect(meetingActions(alone, S, at('2031-10-28T01:10:00Z'))).toMatchObject({ canMarkNoShow: true, noShowFrom: null });
  });
  it('is not for the absent party, nor once both are in or it is marked', () => {
    const now = at('2031-10-28T01:20:00Z');
    expect(meetingActions(alone, V, now)).toMatchObject({ canMarkNoShow: false, noShowFrom: null });
    expect(meetingActions(meeting({ status: 'held', checkIns: checkedIn(S, V) }), S, now).canMarkNoShow).toBe(false);
    expect(meetingActions(meeting({ checkIns: checkedIn(S), status: 'cancelled', noShow: { accountId: V, markedBy: S, at: START } }), S, now).canMarkNoShow).toBe(false);
    expect(meetingActions(meeting(), S, now).canMarkNoShow).toBe(false); // not checked in myself
  });
});

describe('meetingActions: outcome', () => {
  it('can be recorded from the start, by a party', () => {
    expect(meetingActions(meeting(), S, at('2031-10-28T00:59:59Z')).canRecordOutcome).toBe(false);
    expect(meetingActions(meeting(), S, at('2031-10-28T01:00:00Z')).canRecordOutcome).toBe(true);
    expect(meetingActions(meeting(), V, at('2031-11-05T00:00:00Z')).canRecordOutcome).toBe(true);
  });
  it('is still open on a meeting closed as a no-show, not on one cancelled before', () => {
    const now = at('2031-10-28T02:00:00Z');
    expect(meetingActions(meeting({ status: 'cancelled', noShow: { accountId: V, markedBy: S, at: START } }), S, now).canRecordOutcome).toBe(true);
    expect(meetingActions(meeting({ status: 'cancelled' }), S, now).canRecordOutcome).toBe(false);
  });
});

describe('follow-ups', () => {
  it('keeps "none" alone', () => {
    expect(toggleFollowUps(['nda', 'poc'], ['nda', 'poc', 'none'])).toEqual(['none']);
    expect(toggleFollowUps(['none'], ['none', 'mou'])).toEqual(['mou']);
    expect(toggleFollowUps(['nda', 'poc'], ['poc'])).toEqual(['poc']);
  });
});

describe('check-in codes', () => {
  it('folds typed codes as the server does and refuses what cannot be one', () => {
    expect(normalizeCode(' k7q-2xm ')).toBe('K7Q2XM');
    expect(normalizeCode('olilo0')).toBe('011100');
    expect(normalizeCode('K7Q2X')).toBeNull();
    expect(normalizeCode('K7Q2XU')).toBeNull(); // U is not in the alphabet
  });
  it('passes a scanned payload through and tells which meeting it names', () => {
    const payload = 'SGM1:CHECKIN:CCCCCCCC-0000-4000-8000-000000000003:K7Q2XM';
    expect(normalizeCode(payload)).toBe(payload);
    expect(meetingOfPayload(payload)).toBe('cccccccc-0000-4000-8000-000000000003');
    expect(meetingOfPayload('K7Q2XM')).toBeNull();
  });
});

describe('the QR code', () => {
  const payload = 'SGM1:CHECKIN:cccccccc-0000-4000-8000-000000000003:K7Q2XM';
  it('reads back as the payload (rendered at 4 px a module, decoded with jsQR)', () => {
    const { size, dark } = qrModules(payload);
    const scale = 4;
    const side = (size + 2 * QUIET_ZONE) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const row = Math.floor(y / scale) - QUIET_ZONE;
        const col = Math.floor(x / scale) - QUIET_ZONE;
        if (row >= 0 && col >= 0 && row < size && col < size && dark(row, col)) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(payload);
  });
  it('draws one square per dark module inside the quiet zone', () => {
    const { size, dark } = qrModules(payload);
    let count = 0;
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (dark(r, c)) count++;
    const drawn = qrPath(payload);
    expect(drawn.size).toBe(size + 8);
    expect(drawn.path.match(/M/g)).toHaveLength(count);
  });
});
