import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { MeetingRequestView, MeetingView } from './meeting-requests.views';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { CreateMeetingRequestDto, DeclineRequestDto, MeetingRequestListQuery, MoveMeetingDto } from './meeting-requests.dto';
import { MeetingMoverService } from './meeting-mover.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsService } from './meetings.service';

const RequestId = () => Param('id', new IdPipe('Meeting request'));

@ApiTags('meetings')
@ApiAuth()
@Controller('v1')
export class MeetingRequestsController {
  constructor(
    private readonly requests: MeetingRequestsService,
    private readonly meetings: MeetingsService,
    private readonly mover: MeetingMoverService,
  ) {}

  @Post('events/:eventId/meeting-requests')
  @Roles('startup', 'investor', 'corporate')
  @ApiOperation({ summary: 'Request a 1:1 meeting for a match', description: 'The other side accepts or declines; a second open request for the same match is 409.' })
  @ApiCreatedResponse({ type: MeetingRequestView })
  @ApiErrors(400, 404, 409)
  create(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Body() dto: CreateMeetingRequestDto): Promise<MeetingRequestView> {
    return this.requests.create(caller, eventId, dto);
  }

  @Get('events/:eventId/meeting-requests')
  @ApiOperation({ summary: "The caller's meeting requests in an event, sent and received (organizers: all)" })
  @ApiPageResponse(MeetingRequestView)
  @ApiErrors(400, 404)
  list(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Query() query: MeetingRequestListQuery): Promise<Page<MeetingRequestView>> {
    return this.requests.list(caller, eventId, query);
  }

  @Get('meeting-requests/:id')
  @ApiOperation({ summary: 'Get a meeting request (its parties and organizers)' })
  @ApiOkResponse({ type: MeetingRequestView })
  @ApiErrors(404)
  get(@CurrentUser() caller: Caller, @RequestId() id: string): Promise<MeetingRequestView> {
    return this.requests.get(caller, id);
  }

  @Post('meeting-requests/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a request (its recipient)', description: 'pending → accepted; the worker then books it (booked, or unschedulable with a reason). Repeating is 200.' })
  @ApiOkResponse({ type: MeetingRequestView })
  @ApiErrors(403, 404, 409)
  accept(@CurrentUser() caller: Caller, @RequestId() id: string): Promise<MeetingRequestView> {
    return this.requests.accept(caller, id);
  }

  @Post('meeting-requests/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a request (its recipient)', description: 'pending → declined. Repeating is 200.' })
  @ApiOkResponse({ type: MeetingRequestView })
  @ApiErrors(400, 404, 409)
  decline(@CurrentUser() caller: Caller, @RequestId() id: string, @Body() dto: DeclineRequestDto): Promise<MeetingRequestView> {
    return this.requests.decline(caller, id, dto);
  }

  @Post('meeting-requests/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a request (its sender)', description: 'pending → withdrawn. Repeating is 200.' })
  @ApiOkResponse({ type: MeetingRequestView })
  @ApiErrors(404, 409)
  withdraw(@CurrentUser() caller: Caller, @RequestId() id: string): Promise<MeetingRequestView> {
    return this.requests.withdraw(caller, id);
  }

  /** An organizer's single move (time and/or table); the meeting keeps its calendar UID. */
  @Patch('meetings/:id')
  @Roles('organizer')
  @ApiOperation({ summary: 'Move a meeting to another slot or table (organizer)', description: 'Same calendar UID, higher SEQUENCE; both parties are notified. A taken slot or table is 409.' })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(400, 404, 409)
  async move(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Meeting')) id: string, @Body() dto: MoveMeetingDto): Promise<MeetingView> {
    await this.mover.move(id, { startsAt: dto.startsAt, table: dto.table }, caller.id);
    return this.meetings.view(id);
  }

  @Delete('meetings/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a meeting (either party or an organizer)', description: 'Frees the slot; the calendar keeps the UID with STATUS:CANCELLED.' })
  @ApiNoContentResponse({ description: 'Cancelled' })
  @ApiErrors(404)
  async cancel(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Meeting')) id: string): Promise<void> {
    await this.meetings.cancel(caller, id);
  }
}
