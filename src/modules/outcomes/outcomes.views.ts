import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '../../common/validation/common.dto';
import { FOLLOW_UP_KINDS, type FollowUpKind } from './attendance-rules';

/** Response shapes of the outcomes module, for the OpenAPI document (the services return these fields). */

const UUID = '0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11';
const AT = '2026-10-28T10:00:00+09:00';

export class CheckInView {
  @ApiProperty({ format: 'uuid', example: UUID }) accountId: string;
  @ApiProperty({ example: AT }) at: string;
  @ApiProperty({ enum: ['agenda', 'code'], description: 'agenda: checked in alone; code: recorded through a check-in code' }) via: 'agenda' | 'code';
}

export class NoShowView {
  @ApiProperty({ format: 'uuid', description: 'The absent party', example: UUID }) accountId: string;
  @ApiProperty({ format: 'uuid', description: 'The present party who marked it', example: UUID }) markedBy: string;
  @ApiProperty({ example: AT }) at: string;
}

export class CheckInCodeView {
  @ApiProperty({ example: 'K7Q2XM', description: 'Show it to the other party, who types it' }) code: string;
  @ApiProperty({ example: `SGM1:CHECKIN:${UUID}:K7Q2XM`, description: 'Render as a QR code; the other party scans it and posts it as `code`' }) qrPayload: string;
}

export class PartyRefView {
  @ApiProperty({ format: 'uuid', example: UUID }) accountId: string;
  @ApiProperty({ example: 'Han River Deep Tech Partners' }) name: string;
  @ApiPropertyOptional({ enum: ['startup', 'investor', 'corporate'] }) role?: string;
}

export class MeetingDetailView {
  @ApiProperty({ format: 'uuid', example: UUID }) id: string;
  @ApiProperty({ format: 'uuid', example: UUID }) eventId: string;
  @ApiProperty({ format: 'uuid', example: UUID }) requestId: string;
  @ApiProperty({ type: [String], description: '[startup, counterpart] account ids' }) participants: string[];
  @ApiProperty({ type: [PartyRefView], description: '[startup, counterpart] with their public names' }) parties: PartyRefView[];
  @ApiProperty({ example: AT }) startsAt: string;
  @ApiProperty({ example: '2026-10-28T10:30:00+09:00' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
  @ApiProperty({ enum: ['booked', 'cancelled', 'held'], description: 'held: both checked in, or both outcomes say it was held' }) status: 'booked' | 'cancelled' | 'held';
  @ApiProperty({ description: 'True until the schedule is published' }) provisional: boolean;
  @ApiProperty({ type: 'integer', description: 'Calendar SEQUENCE' }) sequence: number;
  @ApiProperty({ type: [CheckInView] }) checkIns: CheckInView[];
  @ApiProperty({ type: NoShowView, nullable: true }) noShow: NoShowView | null;
  @ApiProperty({ example: '2026-10-28T10:10:00+09:00', description: 'From then the present party may mark a no-show' }) noShowAllowedFrom: string;
  @ApiProperty({ type: CheckInCodeView, nullable: true, description: "The caller's own code (parties only)" }) myCheckInCode: CheckInCodeView | null;
  @ApiProperty({ type: [String], description: 'Who recorded an outcome (a party sees only itself)' }) outcomeRecordedBy: string[];
}

export class OutcomeView {
  @ApiProperty({ format: 'uuid', example: UUID }) meetingId: string;
  @ApiProperty({ format: 'uuid', example: UUID }) accountId: string;
  @ApiProperty({ enum: ['startup', 'counterpart'] }) side: 'startup' | 'counterpart';
  @ApiProperty() held: boolean;
  @ApiProperty({ enum: FOLLOW_UP_KINDS, isArray: true, example: ['nda', 'poc'] }) followUps: FollowUpKind[];
  @ApiProperty({ type: MoneyDto, nullable: true }) amount: MoneyDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Private to its author and organizers' }) note: string | null;
  @ApiProperty({ example: AT }) recordedAt: string;
  @ApiProperty({ example: AT }) updatedAt: string;
}

export class OutcomeListView {
  @ApiProperty({ type: [OutcomeView] }) items: OutcomeView[];
}

export class PipelineItemView {
  @ApiProperty({ format: 'uuid', example: UUID }) meetingId: string;
  @ApiProperty({ example: AT }) startsAt: string;
  @ApiProperty({ example: '2026-10-28T10:30:00+09:00' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
  @ApiProperty({ type: PartyRefView }) with: PartyRefView;
  @ApiProperty({ type: OutcomeView, nullable: true, description: 'null: still to record' }) outcome: OutcomeView | null;
}

export class NoShowItemView {
  @ApiProperty({ format: 'uuid', example: UUID }) meetingId: string;
  @ApiProperty({ example: AT }) startsAt: string;
  @ApiProperty({ example: '2026-10-28T10:30:00+09:00' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
  @ApiProperty({ type: PartyRefView }) startup: PartyRefView;
  @ApiProperty({ type: PartyRefView }) counterpart: PartyRefView;
  @ApiProperty({ type: [String] }) checkedIn: string[];
  @ApiProperty({ type: [String], description: 'Parties without a check-in' }) absent: string[];
  @ApiProperty({ type: NoShowView, nullable: true, description: 'Set once the present party marked the no-show' }) marked: NoShowView | null;
}

export class FunnelCountsView {
  @ApiProperty({ type: 'integer' }) matched: number;
  @ApiProperty({ type: 'integer' }) decided: number;
  @ApiProperty({ type: 'integer' }) mutual: number;
  @ApiProperty({ type: 'integer' }) requested: number;
  @ApiProperty({ type: 'integer' }) accepted: number;
  @ApiProperty({ type: 'integer' }) booked: number;
  @ApiProperty({ type: 'integer' }) published: number;
  @ApiProperty({ type: 'integer' }) held: number;
  @ApiProperty({ type: 'integer' }) followUp: number;
}

export class FunnelSectorView extends FunnelCountsView {
  @ApiProperty({ example: 'quantum', description: "The startup's sector" }) sector: string;
}

export class FunnelCountryView extends FunnelCountsView {
  @ApiProperty({ example: 'KR', description: "The startup's country" }) country: string;
}

export class FunnelReportView {
  @ApiProperty({ format: 'uuid', example: UUID }) eventId: string;
  @ApiProperty({ example: AT }) generatedAt: string;
  @ApiProperty({ type: [String], example: ['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp'] }) stages: string[];
  @ApiProperty({ enum: ['match'], description: 'Each match is counted once at every stage it reached' }) unit: string;
  @ApiProperty({ type: FunnelCountsView }) overall: FunnelCountsView;
  @ApiProperty({ type: [FunnelSectorView] }) bySector: FunnelSectorView[];
  @ApiProperty({ type: [FunnelCountryView] }) byCountry: FunnelCountryView[];
}

export class SideCountsView {
  @ApiProperty({ type: 'integer' }) startup: number;
  @ApiProperty({ type: 'integer' }) counterpart: number;
}

export class CurrencyTotalView {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ type: 'integer', description: 'Minor units' }) total: number;
  @ApiProperty({ type: 'integer' }) reports: number;
}

export class FollowUpKindView {
  @ApiProperty({ enum: FOLLOW_UP_KINDS }) kind: string;
  @ApiProperty({ type: 'integer', description: 'Outcomes naming it' }) reports: number;
  @ApiProperty({ type: 'integer', description: 'Distinct meetings' }) meetings: number;
  @ApiProperty({ type: SideCountsView }) bySide: SideCountsView;
  @ApiProperty({ type: [CurrencyTotalView], description: 'Amounts of the outcomes naming it, per currency' }) amounts: CurrencyTotalView[];
}

export class SideAmountView {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) reports: number;
}

export class SideAmountsView {
  @ApiProperty({ type: SideAmountView }) startup: SideAmountView;
  @ApiProperty({ type: SideAmountView }) counterpart: SideAmountView;
}

export class CurrencyAmountView {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ type: 'integer', description: 'Minor units; never summed across currencies' }) total: number;
  @ApiProperty({ type: 'integer' }) reports: number;
  @ApiProperty({ type: 'integer' }) meetings: number;
  @ApiProperty({ type: SideAmountsView }) bySide: SideAmountsView;
}

export class OutcomeTotalsView {
  @ApiProperty({ type: 'integer' }) recorded: number;
  @ApiProperty({ type: 'integer' }) held: number;
  @ApiProperty({ type: 'integer' }) notHeld: number;
  @ApiProperty({ type: 'integer' }) startup: number;
  @ApiProperty({ type: 'integer' }) counterpart: number;
  @ApiProperty({ type: 'integer' }) meetings: number;
}

export class NoShowCountsView {
  @ApiProperty({ type: 'integer', description: 'Started meetings that were booked at their start' }) meetingsStarted: number;
  @ApiProperty({ type: 'integer' }) held: number;
  @ApiProperty({ type: 'integer', description: 'Started, not held, with a party not checked in' }) meetings: number;
  @ApiProperty({ type: SideCountsView, description: 'Absent parties per side' }) bySide: SideCountsView;
  @ApiProperty({ type: 'integer' }) bothAbsent: number;
  @ApiProperty({ type: 'integer', description: 'Marked by the present party' }) marked: number;
}

export class OutcomesReportView {
  @ApiProperty({ format: 'uuid', example: UUID }) eventId: string;
  @ApiProperty({ example: AT }) generatedAt: string;
  @ApiProperty({ type: OutcomeTotalsView }) outcomes: OutcomeTotalsView;
  @ApiProperty({ type: [FollowUpKindView] }) followUps: FollowUpKindView[];
  @ApiProperty({ type: [CurrencyAmountView] }) amounts: CurrencyAmountView[];
  @ApiProperty({ type: NoShowCountsView }) noShows: NoShowCountsView;
}
