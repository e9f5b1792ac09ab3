import { describe, expect, it } from '@jest/globals';
import { SECTOR_CODES } from '../../../common/domain/sectors';
import { SeededRandom } from '../../../common/random/seeded-random';
import { buildTextIndex, type EventParties } from './event-corpus';
import { EventScorer } from './event-scorer';
import { randomDemand, randomEvent, randomInvestor, randomStartup } from './scoring.fixtures';
import type { DemandFeatures, InvestorFeatures, MatchWeights, ScoreEventInput, StartupFeatures, UsdRates } from './scoring.types';

type Kind = 'startup' | 'investor' | 'demand';

/** The parties a patched scorer should hold: an upsert replaces in place or appends, a removal splices. */
class Model {
  startups: StartupFeatures[];
  investors: InvestorFeatures[];
  demands: DemandFeatures[];

  constructor(parties: EventParties) {
    this.startups = [...parties.startups];
    this.investors = [...parties.investors];
    this.demands = [...parties.demands];
  }

  list(kind: Kind): { id: string }[] {
    return kind === 'startup' ? this.startups : kind === 'investor' ? this.investors : this.demands;
  }

  upsert(kind: Kind, party: { id: string }): void {
    const list = this.list(kind);
    const at = list.findIndex((p) => p.id === party.id);
    if (at >= 0) list[at] = party;
    else list.push(party);
  }

  remove(kind: Kind, id: string): void {
    const list = this.list(kind);
    list.splice(
      list.findIndex((p) => p.id === id),
      1,
    );
  }

  parties(): EventParties {
    return { startups: [...this.startups], investors: [...this.investors], demands: [...this.demands] };
  }
}

/** Every scoreStartup, scoreCounterpart and explain of `patched` equals that of `fresh`, over the model's parties. */
function expectSameScores(patched: EventScorer, fresh: EventScorer, model: Model): void {
  for (const s of model.startups) expect(patched.scoreStartup(s.id)).toEqual(fresh.scoreStartup(s.id));
  for (const inv of model.investors) expect(patched.scoreCounterpart('investor', inv.id)).toEqual(fresh.scoreCounterpart('investor', inv.id));
  for (const d of model.demands) expect(patched.scoreCounterpart('demand', d.id)).toEqual(fresh.scoreCounterpart('demand', d.id));
  // Every pair, excluded ones included.
  for (const s of model.startups) {
    for (const inv of model.investors) expect(patched.explain(s.id, 'investor', inv.id)).toEqual(fresh.explain(s.id, 'investor', inv.id));
    for (const d of model.demands) expect(patched.explain(s.id, 'demand', d.id)).toEqual(fresh.explain(s.id, 'demand', d.id));
  }
}

const UNSEEN_WORDS = ['zorbatronics', 'quixplasma', '혁신양자칩셋', 'hyperloopium'];

/** Random patches rich in the cases that move parties between sector lists or add table rows. */
function randomPatch(r: SeededRandom, model: Model, serial: { n: number }): { op: 'upsert' | 'remove'; kind: Kind; party?: { id: string }; id?: string } {
  const kind = r.pick<Kind>(['startup', 'investor', 'demand']);
  const list = model.list(kind);
  const roll = r.next();
  if (roll < 0.15 && list.length > 1) return { op: 'remove', kind, id: r.pick(list).id };
  const existing = roll < 0.75 && list.length > 0 ? r.pick(list) : undefined;
  const n = serial.n++;
  const id = existing?.id ?? (r.chance(0.2) ? `${kind[0]}-readded-${r.int(0, 5)}` : `${kind[0]}-new-${n}`);
  const extraText = r.chance(0.3) ? ` ${r.pick(UNSEEN_WORDS)} ${r.pick(UNSEEN_WORDS)}${n}` : '';
  if (kind === 'startup') {
    const base = existing && r.chance(0.4) ? (existing as StartupFeatures) : randomStartup(r, 1000 + n);
    const s: StartupFeatures = { ...base, id, description: base.description + extraText };
    const tweak = r.next();
    if (tweak < 0.1) s.sector = 'fusion-moonshots'; // a sector nobody had
    else if (tweak < 0.2) s.stage = 'growth'; // a stage unknown to the model, maybe new to the scorer
    else if (tweak < 0.3) s.country = r.pick(['FR', 'br', 'NZ']); // a new country row
    else if (tweak < 0.45) s.fundingAsk = { amount: s.fundingAsk.amount, currency: r.pick(['EUR', 'KRW', 'XYZ', 'JPY']) };
    return { op: 'upsert', kind, party: s };
  }
  if (kind === 'investor') {
    const base = existing && r.chance(0.4) ? (existing as InvestorFeatures) : randomInvestor(r, 1000 + n);
    const inv: InvestorFeatures = { ...base, id, thesis: base.thesis + extraText };
    const tweak = r.next();
    if (tweak < 0.2) inv.sectors = []; // becomes a generalist
    else if (tweak < 0.3) inv.sectors = ['fusion-moonshots', r.pick(SECTOR_CODES)];
    else if (tweak < 0.45) inv.sectors = r.sample(SECTOR_CODES, r.int(1, 3));
    else if (tweak < 0.6) inv.ticketMax = { amount: inv.ticketMax.amount, currency: r.pick(['EUR', 'KRW', 'XYZ']) };
    else if (tweak < 0.7) inv.stages = ['growth'];
    else if (tweak < 0.8) inv.countries = ['FR', 'kr'];
    return { op: 'upsert', kind, party: inv };
  }
  const base = existing && r.chance(0.4) ? (existing as DemandFeatures) : randomDemand(r, 1000 + n);
  const d: DemandFeatures = { ...base, id, description: base.description + extraText };
  const tweak = r.next();
  if (tweak < 0.2) d.sectors = [];
  else if (tweak < 0.3) d.sectors = ['fusion-moonshots'];
  else if (tweak < 0.5) d.minTrl = r.pick([null, undefined, 1, 5, 9, 12]);
  return { op: 'upsert', kind, party: d };
}

function apply(scorer: EventScorer, model: Model, patch: ReturnType<typeof randomPatch>): void {
  if (patch.op === 'remove') {
    expect(scorer.remove(patch.kind, patch.id!)).toBe(true);
    model.remove(patch.kind, patch.id!);
    return;
  }
  if (patch.kind === 'startup') scorer.upsertStartup(patch.party as StartupFeatures);
  else if (patch.kind === 'investor') scorer.upsertInvestor(patch.party as InvestorFeatures);
  else scorer.upsertDemand(patch.party as DemandFeatures);
  model.upsert(patch.kind, patch.party!);
}

const weights: MatchWeights = { sector: 3, stage: 2, ticket: 2, geography: 1, trl: 1, text: 5 };
const rates: UsdRates = { USD: 1, KRW: 0.0007, EUR: 1.1 };

describe('EventScorer patches (upsert / remove)', () => {
  it.each([
    { seed: 1, options: {} },
    { seed: 2, options: { weights, rates } },
    { seed: 3, options: { topK: 3, minScore: 40 } },
    // Coarse factors only: many equal scores, so ties must break in party order as a fresh prepare does.
    { seed: 4, options: { weights: { sector: 1, stage: 1, ticket: 0, geography: 1, trl: 1, text: 0 } } },
  ])('scores exactly like a fresh prepare with the same text index, after random patches (seed $seed)', ({ seed, options }) => {
    const r = new SeededRandom(seed);
    const input: ScoreEventInput = { ...randomEvent(100 + seed, 60, 25, 15), ...options };
    const scorer = EventScorer.prepare(input);
    const model = new Model(input);
    const serial = { n: 0 };
    for (let round = 0; round < 8; round++) {
      const count = r.int(1, 6);
      for (let k = 0; k < count; k++) apply(scorer, model, randomPatch(r, model, serial));
      expect(scorer.parties()).toEqual(model.parties());
      const fresh = EventScorer.prepare({ ...input, ...model.parties(), text: scorer.textIndex });
      expectSameScores(scorer, fresh, model);
    }
    expect(scorer.startupCount).toBe(model.startups.length);
  });

  it('handles sector moves, generalists, removal and re-adding between queries', () => {
    const input = randomEvent(7, 40, 12, 8);
    const scorer = EventScorer.prepare(input);
    const model = new Model(input);
    const check = () => expectSameScores(scorer, EventScorer.prepare({ ...model.parties(), text: scorer.textIndex }), model);
    const step = (kind: Kind, party: StartupFeatures | InvestorFeatures | DemandFeatures) => {
      apply(scorer, model, { op: 'upsert', kind, party });
      check();
    };
    const inv = input.investors.find((i) => i.sectors.length > 0)!;
    const otherSector = SECTOR_CODES.find((s) => !inv.sectors.includes(s))!;
    step('investor', { ...inv, sectors: [otherSector] }); // leaves its lists, joins another
    step('investor', { ...inv, sectors: [] }); // generalist: in every list
    step('investor', { ...inv, sectors: ['fusion-moonshots'] }); // a sector no startup has yet
    step('startup', { ...input.startups[0], sector: 'fusion-moonshots' }); // ... and now one has
    const d = input.demands[0];
    step('demand', { ...d, sectors: [], minTrl: 9 });
    apply(scorer, model, { op: 'remove', kind: 'investor', id: inv.id });
    check();
    expect(() => scorer.scoreCounterpart('investor', inv.id)).toThrow(/unknown investor/);
    step('investor', { ...inv, id: 'brand-new', thesis: `${inv.thesis} zorbatronics` }); // reuses the freed slot
    step('investor', inv); // re-added: ordered last now
    expect(scorer.parties().investors.at(-1)).toBe(inv);
    apply(scorer, model, { op: 'remove', kind: 'startup', id: input.startups[1].id });
    check();
    step('startup', { ...input.startups[1], id: 'again', stage: 'growth', country: 'fr' });
    expect(scorer.remove('startup', input.startups[1].id)).toBe(false);
    expect(scorer.remove('demand', 'nope')).toBe(false);
  });

  it('is unchanged by upserting identical parties, with the same IDF as the original prepare', () => {
    const input = randomEvent(11, 50, 20, 10);
    const original = EventScorer.prepare(input);
    const scorer = EventScorer.prepare(input);
    for (const s of input.startups.slice(0, 10)) scorer.upsertStartup(s);
    for (const inv of input.investors.slice(0, 5)) scorer.upsertInvestor(inv);
    for (const d of input.demands.slice(0, 5)) scorer.upsertDemand(d);
    expect(scorer.textIndex.size).toBe(original.textIndex.size);
    expectSameScores(scorer, original, new Model(input));
  });

  it('gives terms unseen at prepare time the maximum IDF, so new parties can match on them', () => {
    const input = randomEvent(12, 30, 10, 5);
    const scorer = EventScorer.prepare(input);
    const size = scorer.textIndex.size;
    const word = 'zorbatronics';
    expect(scorer.textIndex.idf(word)).toBe(0);
    const s = { ...input.startups[0], id: 'zs', sector: 'quantum', description: `${word} ${word} hyperloopium` };
    scorer.upsertStartup(s);
    expect(scorer.textIndex.size).toBe(size + 2);
    expect(scorer.textIndex.idf(word)).toBe(Math.log(1 + 45));
    expect(scorer.textIndex.unseenIdf).toBe(Math.log(1 + 45));
    scorer.upsertDemand({ id: 'zd', sectors: ['quantum'], keywords: [], minTrl: null, title: word, description: '' });
    const explained = scorer.explain('zs', 'demand', 'zd');
    expect(explained.breakdown.text).toBeGreaterThan(0.3);
    expect(scorer.scoreCounterpart('demand', 'zd').matches[0]).toEqual({ startupId: 'zs', score: explained.score });
  });

  it('works from an empty event', () => {
    const scorer = EventScorer.prepare({ startups: [], investors: [], demands: [] });
    const { startups, investors, demands } = randomEvent(13, 10, 4, 3);
    const model = new Model({ startups: [], investors: [], demands: [] });
    for (const s of startups) apply(scorer, model, { op: 'upsert', kind: 'startup', party: s });
    for (const inv of investors) apply(scorer, model, { op: 'upsert', kind: 'investor', party: inv });
    for (const d of demands) apply(scorer, model, { op: 'upsert', kind: 'demand', party: d });
    expectSameScores(scorer, EventScorer.prepare({ ...model.parties(), text: scorer.textIndex }), model);
    expect(scorer.scoreStartup(startups[0].id).pairsScored).toBe(7);
  });

  it('refuses batch scoring once patched', () => {
    const input = randomEvent(14, 20, 5, 5);
    const scorer = EventScorer.prepare(input);
    expect(scorer.patched).toBe(false);
    scorer.scoreRange(0, 10);
    scorer.upsertStartup({ ...input.startups[0], trl: 9 });
    expect(scorer.patched).toBe(true);
    expect(() => scorer.scoreRange(10, 20)).toThrow(/patched/);
    expect(() => scorer.result()).toThrow(/patched/);
    expect(() => scorer.scoreAll()).toThrow(/patched/);
    expect(() => [...scorer.chunks(5)]).toThrow(/patched/);
    const removed = EventScorer.prepare(input);
    removed.remove('demand', input.demands[0].id);
    expect(() => removed.result()).toThrow(/patched/);
  });
});

describe('EventScorer.prepare with a given text index', () => {
  it('scores like the default when given the index of the same parties', () => {
    const input = randomEvent(15, 40, 15, 10);
    const own = EventScorer.prepare(input);
    const given = EventScorer.prepare({ ...input, text: buildTextIndex(input) });
    expectSameScores(given, own, new Model(input));
    expect(given.scoreAll()).toEqual(own.scoreAll());
  });
});
