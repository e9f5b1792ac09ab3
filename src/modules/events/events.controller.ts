import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import { type Page, PageQuery } from '../../common/pagination/pagination';
import { AvailabilityDto, CreateEventDto, CreateIrSessionDto, JoinEventDto, UpdateEventDto } from './events.dto';
import { EventsService } from './events.service';
import { AvailabilityView, EventView, IrSessionView, ParticipantListItemView, ParticipantView, toEventView } from './events.views';

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('events')
@ApiAuth()
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @Roles('organizer')
  @ApiOperation({ summary: 'Create an event (organizer)' })
  @ApiCreatedResponse({ type: EventView })
  @ApiErrors(400)
  create(@Body() dto: CreateEventDto): Promise<EventView> {
    return this.events.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List events' })
  @ApiPageResponse(EventView)
  @ApiErrors(400)
  list(@Query() query: PageQuery): Promise<Page<EventView>> {
    return this.events.list(query);
  }

  @Get(':eventId')
  @ApiOperation({ summary: 'Get an event' })
  @ApiOkResponse({ type: EventView })
  @ApiErrors(404)
  async get(@EventId() eventId: string): Promise<EventView> {
    return toEventView(await this.events.get(eventId));
  }

  @Patch(':eventId')
  @Roles('organizer')
  @ApiOperation({ summary: 'Change an event (organizer)', description: 'Partial. New `matchWeights` re-score the event.' })
  @ApiOkResponse({ type: EventView })
  @ApiErrors(400, 404, 409)
  update(@EventId() eventId: string, @Body() dto: UpdateEventDto): Promise<EventView> {
    return this.events.update(eventId, dto);
  }

  @Post(':eventId/ir-sessions')
  @Roles('organizer')
  @ApiOperation({ summary: 'Add an IR pitch session (organizer)', description: 'It must lie within one event day; a room taken at that time is 409.' })
  @ApiCreatedResponse({ type: IrSessionView })
  @ApiErrors(400, 404, 409)
  addIrSession(@EventId() eventId: string, @Body() dto: CreateIrSessionDto): Promise<IrSessionView> {
    return this.events.addIrSession(eventId, dto);
  }

  @Get(':eventId/ir-sessions')
  @ApiOperation({ summary: "List the event's IR sessions" })
  @ApiPageResponse(IrSessionView)
  @ApiErrors(400, 404)
  listIrSessions(@EventId() eventId: string, @Query() query: PageQuery): Promise<Page<IrSessionView>> {
    return this.events.listIrSessions(eventId, query);
  }

  @Post(':eventId/participants')
  @ApiOperation({
    summary: 'Join the event (or, organizers, add a member)',
    description: 'Startups, active investors and corporates join themselves; organizers add anyone with `{accountId}`. 201 when new, 200 when already a participant.',
  })
  @ApiCreatedResponse({ type: ParticipantView, description: 'Joined' })
  @ApiOkResponse({ type: ParticipantView, description: 'Already a participant' })
  @ApiErrors(400, 404, 409)
  async join(@EventId() eventId: string, @CurrentUser() caller: Caller, @Body() dto: JoinEventDto, @Res({ passthrough: true }) res: Response): Promise<ParticipantView> {
    const { created, participant } = await this.events.join(eventId, caller, dto.accountId);
    res.status(created ? 201 : 200);
    return participant;
  }

  @Get(':eventId/participants')
  @ApiOperation({ summary: "List the event's participants" })
  @ApiPageResponse(ParticipantListItemView)
  @ApiErrors(400, 404)
  listParticipants(@EventId() eventId: string, @Query() query: PageQuery): Promise<Page<ParticipantListItemView>> {
    return this.events.listParticipants(eventId, query);
  }

  @Put(':eventId/me/availability')
  @Roles('startup', 'investor', 'corporate')
  @ApiOperation({
    summary: "Replace the caller's blocked times in the event",
    description: 'Before publishing, provisional meetings inside newly blocked time are moved (or become unschedulable). After publishing, blocking a published meeting is 409 `published_meeting_conflict`.',
  })
  @ApiOkResponse({ type: AvailabilityView })
  @ApiErrors(400, 404, 409)
  setAvailability(@EventId() eventId: string, @CurrentUser() caller: Caller, @Body() dto: AvailabilityDto): Promise<AvailabilityView> {
    return this.events.setAvailability(eventId, caller, dto);
  }

  @Get(':eventId/me/availability')
  @Roles('startup', 'investor', 'corporate')
  @ApiOperation({ summary: "The caller's blocked times in the event" })
  @ApiOkResponse({ type: AvailabilityView })
  @ApiErrors(404)
  async getAvailability(@EventId() eventId: string, @CurrentUser() caller: Caller): Promise<AvailabilityView> {
    return this.events.availabilityOf(await this.events.get(eventId), caller.id);
  }
}
