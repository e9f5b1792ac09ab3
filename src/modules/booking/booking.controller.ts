import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { PageQuery } from '../../common/pagination/pagination';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors, ApiPageResponse, RunQueuedView } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { CapacityView, IrAllocationRunView, IrRequestView, IrSessionLineupView, PublishView, ScheduleRunView } from './booking.views';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { CreateIrRequestDto } from './ir.dto';
import { IrAllocationService } from './ir-allocation.service';
import { ScheduleRunsService } from './schedule-runs.service';

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('booking')
@ApiAuth()
@Controller('v1')
export class BookingController {
  constructor(
    private readonly schedules: ScheduleRunsService,
    private readonly ir: IrAllocationService,
  ) {}

  @Post('events/:eventId/schedule-runs')
  @Roles('organizer')
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-plan all accepted, unpublished meetings at once (organizer)', description: 'Poll GET /v1/schedule-runs/{id}.' })
  @ApiAcceptedResponse({ type: RunQueuedView })
  @ApiErrors(404, 409)
  startSchedule(@EventId() eventId: string): Promise<RunQueuedView> {
    return this.schedules.start(eventId, 'schedule');
  }

  @Get('schedule-runs/:id')
  @Roles('organizer')
  @ApiOperation({ summary: 'Status and result of a schedule run (organizer)', description: 'Meetings booked vs the upper bound, value vs its bound.' })
  @ApiOkResponse({ type: ScheduleRunView })
  @ApiErrors(404)
  getSchedule(@Param('id', new IdPipe('Schedule run')) id: string): Promise<ScheduleRunView> {
    return this.schedules.get(id, 'schedule');
  }

  @Post('events/:eventId/schedule/publish')
  @Roles('organizer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish (freeze) the schedule (organizer)', description: 'A second publish is 409.' })
  @ApiOkResponse({ type: PublishView })
  @ApiErrors(404, 409)
  publish(@EventId() eventId: string): Promise<PublishView> {
    return this.schedules.publish(eventId);
  }

  @Get('events/:eventId/capacity')
  @Roles('organizer')
  @ApiOperation({ summary: 'Requests vs table-slots, busiest participants, tables needed (organizer)' })
  @ApiOkResponse({ type: CapacityView })
  @ApiErrors(404)
  capacity(@EventId() eventId: string): Promise<CapacityView> {
    return this.schedules.capacity(eventId);
  }

  @Post('events/:eventId/ir-requests')
  @Roles('startup')
  @ApiOperation({ summary: 'Request an IR pitch slot with ranked sessions (startup)', description: 'A second request is 409.' })
  @ApiCreatedResponse({ type: IrRequestView })
  @ApiErrors(400, 404, 409)
  requestPitch(@CurrentUser() caller: Caller, @EventId() eventId: string, @Body() dto: CreateIrRequestDto): Promise<IrRequestView> {
    return this.ir.request(caller, eventId, dto.sessionIds);
  }

  @Get('events/:eventId/ir-requests')
  @Roles('startup', 'organizer')
  @ApiOperation({ summary: "The caller's IR request (organizers: all)" })
  @ApiPageResponse(IrRequestView)
  @ApiErrors(400, 404)
  listPitchRequests(@CurrentUser() caller: Caller, @EventId() eventId: string, @Query() query: PageQuery): Promise<Page<IrRequestView>> {
    return this.ir.list(caller, eventId, query);
  }

  @Delete('ir-requests/:id')
  @Roles('startup', 'organizer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an IR request', description: 'Frees its pitch for the waitlist.' })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiErrors(404)
  async withdrawPitch(@CurrentUser() caller: Caller, @Param('id', new IdPipe('IR request')) id: string): Promise<void> {
    await this.ir.withdraw(caller, id);
  }

  @Post('events/:eventId/ir-allocations')
  @Roles('organizer')
  @HttpCode(202)
  @ApiOperation({ summary: 'Allocate IR pitch slots (organizer)', description: 'At most one pitch per startup and slotCount per session; the others are waitlisted. Poll GET /v1/ir-allocations/{id}.' })
  @ApiAcceptedResponse({ type: RunQueuedView })
  @ApiErrors(404, 409)
  allocate(@EventId() eventId: string): Promise<RunQueuedView> {
    return this.schedules.start(eventId, 'ir-allocation');
  }

  @Get('ir-allocations/:id')
  @Roles('organizer')
  @ApiOperation({ summary: 'Status and result of an IR allocation (organizer)' })
  @ApiOkResponse({ type: IrAllocationRunView })
  @ApiErrors(404)
  getAllocation(@Param('id', new IdPipe('IR allocation')) id: string): Promise<IrAllocationRunView> {
    return this.schedules.get(id, 'ir-allocation');
  }

  @Get('events/:eventId/ir-sessions/:sessionId')
  @ApiOperation({ summary: "An IR session with its line-up" })
  @ApiOkResponse({ type: IrSessionLineupView })
  @ApiErrors(404)
  lineup(@EventId() eventId: string, @Param('sessionId', new IdPipe('IR session')) sessionId: string): Promise<IrSessionLineupView> {
    return this.ir.lineup(eventId, sessionId);
  }
}
