import type { CollaborationType, SectorCode, Stage } from '../../common/domain/sectors';
import type { Money } from '../../common/domain/money';
import type { StartupView } from '../profiles/profiles.views';

/** Plain data for a demo event: what the seeder writes straight into the database (bulk inserts, bypassing the services) and what benchmarks score. */
/** A startup's profile as the API shows it, plus the account that owns it. */
export interface DemoStartup extends Omit<StartupView, 'accountId' | 'deckUrl'> {
  key: string; // stable within one generated data set, e.g. "s-17"
  email: string;
  displayName: string;
  deckUrl?: string;
}

export interface DemoInvestor {
  key: string;
  email: string;
  displayName: string;
  firm: string;
  sectors: SectorCode[];
  stages: Stage[];
  ticketMin: Money;
  ticketMax: Money;
  countries: string[];
  thesis: string;
  maxMeetingsPerDay: number;
}

export interface DemoCorporate {
  key: string;
  email: string;
  displayName: string;
  company: string;
  country: string;
  description: string;
}

export interface DemoDemand {
  key: string;
  ownerKey: string; // DemoCorporate.key
  title: string;
  description: string;
  sectors: SectorCode[];
  keywords: string[];
  minTrl?: number;
  collaboration: CollaborationType[];
  deadline?: string; // YYYY-MM-DD
}

export interface DemoIrSession {
  title: string;
  room: string;
  startsAt: string; // ISO-8601 with offset
  slotMinutes: number;
  slotCount: number;
  sectors: SectorCode[];
}

export interface DemoEvent {
  name: string;
  venue: string;
  timezone: string;
  startDate: string;
  endDate: string;
  meetingGrid: { dayStart: string; dayEnd: string; slotMinutes: number; tables: number };
  irSessions: DemoIrSession[];
}

export interface DemoData {
  event: DemoEvent;
  startups: DemoStartup[];
  investors: DemoInvestor[];
  corporates: DemoCorporate[];
  demands: DemoDemand[];
}

export interface DemoOptions {
  seed: number;
  startups: number;
  investors: number;
  corporates: number;
  demands: number;
  /** First day of the two-day event (YYYY-MM-DD); the demo CLI passes a date computed at seed time. */
  startDate?: string;
}
