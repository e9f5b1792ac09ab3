import { EventEntity, IrSession } from './event.entities';
import { EventGrid, formatInZone } from './event-grid';

export function gridOf(event: EventEntity): EventGrid {
  return new EventGrid({
    timezone: event.timezone, startDate: event.startDate, endDate: event.endDate,
    dayStart: event.dayStart, dayEnd: event.dayEnd, slotMinutes: event.slotMinutes,
  });
}

export function toEventView(event: EventEntity) {
  const grid = gridOf(event);
  return {
    id: event.id, name: event.name, venue: event.venue, timezone: event.timezone,
    startDate: event.startDate, endDate: event.endDate,
    meetingGrid: { dayStart: event.dayStart, dayEnd: event.dayEnd, slotMinutes: event.slotMinutes, tables: event.tables, slotsPerDay: grid.slotsPerDay },
    matchWeights: event.matchWeights,
    schedulePublishedAt: event.schedulePublishedAt ? formatInZone(event.schedulePublishedAt, event.timezone) : null,
    createdAt: formatInZone(event.createdAt, event.timezone),
  };
}

export function irSessionEnd(session: IrSession): Date {
  return new Date(session.startsAt.getTime() + session.slotMinutes * session.slotCount * 60_000);
}

export function toIrSessionView(session: IrSession, timezone: string) {
  return {
    id: session.id, eventId: session.eventId, title: session.title, room: session.room,
    startsAt: formatInZone(session.startsAt, timezone), endsAt: formatInZone(irSessionEnd(session), timezone),
    slotMinutes: session.slotMinutes, slotCount: session.slotCount, sectors: session.sectors,
  };
}
