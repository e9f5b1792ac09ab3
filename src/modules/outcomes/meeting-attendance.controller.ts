import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { type Caller, CurrentUser } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { AttendanceService } from './attendance.service';
import { CheckInDto, OutcomeDto } from './outcomes.dto';
import { OutcomesService } from './outcomes.service';
import { MeetingDetailView, OutcomeListView, OutcomeView } from './outcomes.views';

const MeetingId = () => Param('id', new IdPipe('Meeting'));

@ApiTags('meetings')
@ApiAuth()
@Controller('v1/meetings/:id')
export class MeetingAttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly outcomes: OutcomesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A meeting with its status (booked, cancelled, held), check-ins, no-show and the caller\'s check-in code' })
  @ApiOkResponse({ type: MeetingDetailView })
  @ApiErrors(404)
  get(@CurrentUser() caller: Caller, @MeetingId() id: string): Promise<MeetingDetailView> {
    return this.attendance.view(caller, id);
  }

  @Post('check-in')
  @HttpCode(200)
  @ApiOperation({ summary: "Check in (either party); with the other party's code or QR payload both are recorded. Twice is harmless." })
  @ApiOkResponse({ type: MeetingDetailView })
  @ApiErrors(400, 404, 409)
  checkIn(@CurrentUser() caller: Caller, @MeetingId() id: string, @Body() dto: CheckInDto): Promise<MeetingDetailView> {
    return this.attendance.checkIn(caller, id, dto.code);
  }

  @Post('no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'The present (checked-in) party marks the other as a no-show, from ten minutes after the start' })
  @ApiOkResponse({ type: MeetingDetailView })
  @ApiErrors(404, 409)
  noShow(@CurrentUser() caller: Caller, @MeetingId() id: string): Promise<MeetingDetailView> {
    return this.attendance.markNoShow(caller, id);
  }

  @Put('outcome')
  @ApiOperation({ summary: "Record the caller's own outcome of the meeting (after its start); private to the caller and organizers" })
  @ApiOkResponse({ type: OutcomeView })
  @ApiErrors(400, 404, 409)
  putOutcome(@CurrentUser() caller: Caller, @MeetingId() id: string, @Body() dto: OutcomeDto): Promise<OutcomeView> {
    return this.outcomes.record(caller, id, dto);
  }

  @Get('outcome')
  @ApiOperation({ summary: "The caller's own outcome of the meeting" })
  @ApiOkResponse({ type: OutcomeView })
  @ApiErrors(404)
  getOutcome(@CurrentUser() caller: Caller, @MeetingId() id: string): Promise<OutcomeView> {
    return this.outcomes.own(caller, id);
  }

  @Get('outcomes')
  @ApiOperation({ summary: "Both parties' outcomes (organizers)" })
  @ApiOkResponse({ type: OutcomeListView })
  @ApiErrors(404)
  listOutcomes(@CurrentUser() caller: Caller, @MeetingId() id: string): Promise<OutcomeListView> {
    return this.outcomes.list(caller, id);
  }
}
