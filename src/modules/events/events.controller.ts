import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { PageQuery } from '../../common/pagination/pagination';
import { AvailabilityDto, CreateEventDto, CreateIrSessionDto, JoinEventDto, UpdateEventDto } from './events.dto';
import { EventsService } from './events.service';
import { toEventView } from './events.views';

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('events')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @Roles('organizer')
  create(@Body() dto: CreateEventDto) {
    return this.events.create(dto);
  }

  @Get()
  list(@Query() query: PageQuery) {
    return this.events.list(query);
  }

  @Get(':eventId')
  async get(@EventId() eventId: string) {
    return toEventView(await this.events.get(eventId));
  }

  @Patch(':eventId')
  @Roles('organizer')
  update(@EventId() eventId: string, @Body() dto: UpdateEventDto) {
    return this.events.update(eventId, dto);
  }

  @Post(':eventId/ir-sessions')
  @Roles('organizer')
  addIrSession(@EventId() eventId: string, @Body() dto: CreateIrSessionDto) {
    return this.events.addIrSession(eventId, dto);
  }

  @Get(':eventId/ir-sessions')
  listIrSessions(@EventId() eventId: string, @Query() query: PageQuery) {
    return this.events.listIrSessions(eventId, query);
  }

  @Post(':eventId/participants')
  async join(@EventId() eventId: string, @CurrentUser() caller: Caller, @Body() dto: JoinEventDto, @Res({ passthrough: true }) res: Response) {
    const { created, participant } = await this.events.join(eventId, caller, dto.accountId);
    res.status(created ? 201 : 200);
    return participant;
  }

  @Get(':eventId/participants')
  listParticipants(@EventId() eventId: string, @Query() query: PageQuery) {
    return this.events.listParticipants(eventId, query);
  }

  @Put(':eventId/me/availability')
  @Roles('startup', 'investor', 'corporate')
  setAvailability(@EventId() eventId: string, @CurrentUser() caller: Caller, @Body() dto: AvailabilityDto) {
    return this.events.setAvailability(eventId, caller, dto);
  }

  @Get(':eventId/me/availability')
  @Roles('startup', 'investor', 'corporate')
  async getAvailability(@EventId() eventId: string, @CurrentUser() caller: Caller) {
    return this.events.availabilityOf(await this.events.get(eventId), caller.id);
  }
}
