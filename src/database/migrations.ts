import { Foundation1764000000000 } from '../../migrations/1764000000000-foundation';
import { Matching1764000001000 } from '../../migrations/1764000001000-matching';
import { Booking1764000002000 } from '../../migrations/1764000002000-booking';
import { RunProgress1764100000000 } from '../../migrations/1764100000000-run-progress';
import { Hardening1764200000000 } from '../../migrations/1764200000000-hardening';
import { AccountLocale1764300000000 } from '../../migrations/1764300000000-account-locale';
import { Outcomes1764600000000 } from '../../migrations/1764600000000-outcomes';
import { MailOutbox1764700000000 } from '../../migrations/1764700000000-mail-outbox';
import { MatchExplanations1764500000000 } from '../../migrations/1764500000000-match-explanations';
import { OutcomeReminderMail1765200000000 } from '../../migrations/1765200000000-outcome-reminder-mail';
import { MatchStoreBulk1765300000000 } from '../../migrations/1765300000000-match-store-bulk';
import { RunNotices1765410000000 } from '../../migrations/1765410000000-run-notices';
import { MatchStoreIndexes1766300000000 } from '../../migrations/1766300000000-match-store-indexes';
import { RequestStatusHot1766400000000 } from '../../migrations/1766400000000-request-status-hot';
import { RescoreChangeIndexes1767100000000 } from '../../migrations/1767100000000-rescore-change-indexes';
import { BookingRedundantKeys1767400000000 } from '../../migrations/1767400000000-booking-redundant-keys';
import { MatchScoreIndex1767500000000 } from '../../migrations/1767500000000-match-score-index';
import { ScheduleRunWrites1767600000000 } from '../../migrations/1767600000000-schedule-run-writes';

/** Listed explicitly (no glob): works the same built, under Jest ESM and from the CLI. Append new ones, one a line. */
export const MIGRATIONS = [
  Foundation1764000000000,
  Matching1764000001000,
  Booking1764000002000,
  RunProgress1764100000000,
  Hardening1764200000000,
  AccountLocale1764300000000,
  Outcomes1764600000000,
  MailOutbox1764700000000,
  MatchExplanations1764500000000,
  OutcomeReminderMail1765200000000,
  MatchStoreBulk1765300000000,
  RunNotices1765410000000,
  MatchStoreIndexes1766300000000,
  RequestStatusHot1766400000000,
  RescoreChangeIndexes1767100000000,
  BookingRedundantKeys1767400000000,
  MatchScoreIndex1767500000000,
  ScheduleRunWrites1767600000000,
];
