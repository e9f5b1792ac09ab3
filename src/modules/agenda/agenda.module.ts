import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from '../accounts/account.entity';
import { EventsModule } from '../events/events.module';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';

/** Read side of booking: each member's agenda and iCalendar feed, the organizers' schedule export. */
@Module({
  imports: [EventsModule, TypeOrmModule.forFeature([Account])],
  controllers: [AgendaController, CalendarFeedController],
  providers: [AgendaService, CalendarFeedService],
  exports: [AgendaService],
})
export class AgendaModule {}
