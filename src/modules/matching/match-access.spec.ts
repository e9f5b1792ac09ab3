import { describe, expect, it } from '@jest/globals';
import type { Caller } from '../../common/auth/auth.decorators';
import { decidingSide, matchVisibilitySql, seesMatchDeck, sideOf, visibleDecisions } from './match-access';
import type { MatchRow } from './matches.repository';

const caller = (id: string, role: Caller['role']): Caller => ({ id, role, email: `${id}@x`, status: 'active', displayName: id });
const row = (over: Partial<MatchRow> = {}): MatchRow => ({
  id: 'm', event_id: 'e', startup_id: 's', investor_id: 'v', demand_id: null, score: 80,
  f_sector: 1, f_stage: 1, f_ticket: 1, f_geography: 1, f_trl: null, f_text: 0.5, excluded: null,
  s: {}, i: {}, d: null, demand_owner_id: null, demand_company: null, shared_concepts: [],
  startup_decision: 'interested', startup_note: 'startup note', startup_reason: null,
  counterpart_decision: 'declined', counterpart_note: 'fund note', counterpart_reason: 'stage',
  ...over,
});
const startup = caller('s', 'startup');
const investor = caller('v', 'investor');
const organizer = caller('o', 'organizer');
const corporate = caller('c', 'corporate');
const demandMatch = row({ investor_id: null, demand_id: 'd', demand_owner_id: 'c', i: null, d: {} });

describe('match access rules', () => {
  it('scopes visibility by role: organizers all, each member its own side', () => {
    const params: unknown[] = ['e'];
    expect(matchVisibilitySql(organizer, params)).toBe('TRUE');
    expect(matchVisibilitySql(startup, params)).toBe('m.startup_id = $2');
    expect(matchVisibilitySql(investor, params)).toBe('m.counterpart_id = $3 AND m.investor_id IS NOT NULL');
    expect(matchVisibilitySql(corporate, params)).toBe('m.counterpart_id IN (SELECT od.id FROM demands od WHERE od.owner_id = $4) AND d.owner_id = $4');
    expect(params).toEqual(['e', 's', 'v', 'c']);
  });

  it('knows each party\'s side; only parties decide (an organizer is refused with 403)', () => {
    expect(sideOf(startup, row())).toBe('startup');
    expect(sideOf(investor, row())).toBe('counterpart');
    expect(sideOf(corporate, demandMatch)).toBe('counterpart');
    expect(sideOf(organizer, row())).toBeNull();
    expect(decidingSide(investor, row())).toBe('counterpart');
    expect(() => decidingSide(organizer, row())).toThrow(expect.objectContaining({ status: 403 }));
  });

  it('shows the deck to the startup, organizers and the matched investor, not to a demand owner', () => {
    expect(seesMatchDeck(startup, row())).toBe(true);
    expect(seesMatchDeck(organizer, row())).toBe(true);
    expect(seesMatchDeck(investor, row())).toBe(true);
    expect(seesMatchDeck(corporate, demandMatch)).toBe(false);
  });

  it('keeps each decision and note private to its author and organizers; the other side learns only mutual', () => {
    const mine = visibleDecisions(startup, row());
    expect(mine).toEqual({ myDecision: 'interested', myNote: 'startup note', myReason: null, mutual: false });
    expect(JSON.stringify(visibleDecisions(investor, row()))).not.toContain('startup note');
    expect(visibleDecisions(organizer, row())).toEqual({
      myDecision: null, mutual: false,
      decisions: {
        startup: { decision: 'interested', note: 'startup note', reason: null },
        counterpart: { decision: 'declined', note: 'fund note', reason: 'stage' },
      },
    });
    expect(visibleDecisions(investor, row({ counterpart_decision: 'interested' })).mutual).toBe(true);
  });
});
