import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { CreateMeetingRequestDto, DeclineRequestDto, MeetingRequestListQuery, MoveMeetingDto } from './meeting-requests.dto';
import { MeetingMoverService } from './meeting-mover.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsService } from './meetings.service';

const RequestId = () => Param('id', new IdPipe('Meeting request'));

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('v1')
export class MeetingRequestsController {
  constructor(
    private readonly requests: MeetingRequestsService,
    private readonly meetings: MeetingsService,
    private readonly mover: MeetingMoverService,
  ) {}

  @Post('events/:eventId/meeting-requests')
  @Roles('startup', 'investor', 'corporate')
  create(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Body() dto: CreateMeetingRequestDto) {
    return this.requests.create(caller, eventId, dto);
  }

  @Get('events/:eventId/meeting-requests')
  list(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Query() query: MeetingRequestListQuery) {
    return this.requests.list(caller, eventId, query);
  }

  @Get('meeting-requests/:id')
  get(@CurrentUser() caller: Caller, @RequestId() id: string) {
    return this.requests.get(caller, id);
  }

  @Post('meeting-requests/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() caller: Caller, @RequestId() id: string) {
    return this.requests.accept(caller, id);
  }

  @Post('meeting-requests/:id/decline')
  @HttpCode(200)
  decline(@CurrentUser() caller: Caller, @RequestId() id: string, @Body() dto: DeclineRequestDto) {
    return this.requests.decline(caller, id, dto);
  }

  @Post('meeting-requests/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() caller: Caller, @RequestId() id: string) {
    return this.requests.withdraw(caller, id);
  }

  /** An organizer's single move (time and/or table); the meeting keeps its calendar UID. */
  @Patch('meetings/:id')
  @Roles('organizer')
  async move(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Meeting')) id: string, @Body() dto: MoveMeetingDto) {
    await this.mover.move(id, { startsAt: dto.startsAt, table: dto.table }, caller.id);
    return this.meetings.view(id);
  }

  @Delete('meetings/:id')
  @HttpCode(204)
  async cancel(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Meeting')) id: string): Promise<void> {
    await this.meetings.cancel(caller, id);
  }
}
