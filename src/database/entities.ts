import { Account } from '../modules/accounts/account.entity';
import { Demand } from '../modules/demands/demand.entity';
import { AvailabilityBlock, EventEntity, EventParticipant, IrSession } from '../modules/events/event.entities';
import { BookingRun, IrRequest, Meeting, MeetingRequest, Pitch } from '../modules/booking/booking.entities';
import { Notification } from '../modules/notifications/notification.entity';
import { Match, MatchDecision, MatchRun } from '../modules/matching/match.entities';
import { CorporateProfile, InvestorProfile, StartupProfile } from '../modules/profiles/profile.entities';

export const ENTITIES = [Account, StartupProfile, InvestorProfile, CorporateProfile, Demand, EventEntity, IrSession, EventParticipant, AvailabilityBlock, Match, MatchDecision, MatchRun,
  MeetingRequest, Meeting, IrRequest, Pitch, BookingRun, Notification];
