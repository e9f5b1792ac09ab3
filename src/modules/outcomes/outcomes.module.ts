import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module';
import { EventsModule } from '../events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { BackfillService } from './backfill.service';
import { MeetingAttendanceController } from './meeting-attendance.controller';
import { MyOutcomesController } from './my-outcomes.controller';
import { OutcomeRepository } from './outcome.repository';
import { OutcomesJobs } from './outcomes.jobs';
import { OutcomesService } from './outcomes.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

const SHARED = [AttendanceRepository, OutcomeRepository, ReportsRepository, AttendanceService, OutcomesService, ReportsService, BackfillService];

/** After the meeting: check-in, no-shows and backfill, outcomes and reminders, the funnel and outcome reports. */
@Module({
  imports: [BookingModule, EventsModule, NotificationsModule],
  controllers: [MeetingAttendanceController, MyOutcomesController, ReportsController],
  providers: SHARED,
  exports: SHARED,
})
export class OutcomesModule {}

/** Worker side: the outcome job handlers (the repeatable reminder sweep). */
@Module({ imports: [OutcomesModule], providers: [OutcomesJobs] })
export class OutcomesWorkerModule {}
