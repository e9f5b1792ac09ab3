import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { BookingStateRepository } from './booking-state.repository';
import { BookingController } from './booking.controller';
import { BookingRun, IrRequest, Meeting, MeetingRequest, Pitch } from './booking.entities';
import { BookingListeners } from './booking.listeners';
import { BookingJobs } from './booking.jobs';
import { IrAllocationService } from './ir-allocation.service';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { MeetingBookerService } from './meeting-booker.service';
import { MeetingMoverService } from './meeting-mover.service';
import { MeetingRequestsController } from './meeting-requests.controller';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsService } from './meetings.service';
import { ReconcileService } from './reconcile.service';
import { ScheduleInstanceRepository } from './schedule-instance.repository';
import { ScheduleRunsService } from './schedule-runs.service';

const SHARED = [
  BookingStateRepository, MeetingLedger, MeetingBookerService, MeetingMoverService, MeetingRequestsService, MeetingsService, ReconcileService,
  ScheduleInstanceRepository, ScheduleRunsService, IrAllocationService,
];

@Module({
  imports: [TypeOrmModule.forFeature([MeetingRequest, Meeting, IrRequest, Pitch, BookingRun]), EventsModule, MatchingModule, NotificationsModule],
  controllers: [MeetingRequestsController, BookingController],
  providers: [...SHARED, BookingListeners],
  exports: SHARED,
})
export class BookingModule {}

/** Worker side: the booking job handlers (only in processes that run jobs). */
@Module({ imports: [BookingModule], providers: [BookingJobs] })
export class BookingWorkerModule {}
