import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { PageQuery } from '../../common/pagination/pagination';
import { ApiAcceptedResponse, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { CreateIrRequestDto } from './ir.dto';
import { IrAllocationService } from './ir-allocation.service';
import { ScheduleRunsService } from './schedule-runs.service';

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('booking')
@ApiBearerAuth()
@Controller('v1')
export class BookingController {
  constructor(
    private readonly schedules: ScheduleRunsService,
    private readonly ir: IrAllocationService,
  ) {}

  @Post('events/:eventId/schedule-runs')
  @Roles('organizer')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '{id, status: "queued"}; poll GET /v1/schedule-runs/:id' })
  startSchedule(@EventId() eventId: string) {
    return this.schedules.start(eventId, 'schedule');
  }

  @Get('schedule-runs/:id')
  @Roles('organizer')
  getSchedule(@Param('id', new IdPipe('Schedule run')) id: string) {
    return this.schedules.get(id, 'schedule');
  }

  @Post('events/:eventId/schedule/publish')
  @Roles('organizer')
  @HttpCode(200)
  publish(@EventId() eventId: string) {
    return this.schedules.publish(eventId);
  }

  @Get('events/:eventId/capacity')
  @Roles('organizer')
  capacity(@EventId() eventId: string) {
    return this.schedules.capacity(eventId);
  }

  @Post('events/:eventId/ir-requests')
  @Roles('startup')
  requestPitch(@CurrentUser() caller: Caller, @EventId() eventId: string, @Body() dto: CreateIrRequestDto) {
    return this.ir.request(caller, eventId, dto.sessionIds);
  }

  @Get('events/:eventId/ir-requests')
  @Roles('startup', 'organizer')
  listPitchRequests(@CurrentUser() caller: Caller, @EventId() eventId: string, @Query() query: PageQuery) {
    return this.ir.list(caller, eventId, query);
  }

  @Delete('ir-requests/:id')
  @Roles('startup', 'organizer')
  @HttpCode(204)
  async withdrawPitch(@CurrentUser() caller: Caller, @Param('id', new IdPipe('IR request')) id: string): Promise<void> {
    await this.ir.withdraw(caller, id);
  }

  @Post('events/:eventId/ir-allocations')
  @Roles('organizer')
  @HttpCode(202)
  allocate(@EventId() eventId: string) {
    return this.schedules.start(eventId, 'ir-allocation');
  }

  @Get('ir-allocations/:id')
  @Roles('organizer')
  getAllocation(@Param('id', new IdPipe('IR allocation')) id: string) {
    return this.schedules.get(id, 'ir-allocation');
  }

  @Get('events/:eventId/ir-sessions/:sessionId')
  lineup(@EventId() eventId: string, @Param('sessionId', new IdPipe('IR session')) sessionId: string) {
    return this.ir.lineup(eventId, sessionId);
  }
}
