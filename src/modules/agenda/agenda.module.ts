import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';

/** Read side of booking: each member's agenda and iCalendar feed, the organizers' schedule export. */
@Module({
  imports: [EventsModule],
  controllers: [AgendaController],
  providers: [AgendaService],
  exports: [AgendaService],
})
export class AgendaModule {}
