import { Injectable } from '@nestjs/common';
import { OnJob } from '../../queue/on-job.decorator';
import { JobName } from '../../queue/queue.constants';
import { OutcomesService } from './outcomes.service';

/** The outcomes module's job handlers: the repeatable outcome-reminder sweep (idempotent). */
@Injectable()
export class OutcomesJobs {
  constructor(private readonly outcomes: OutcomesService) {}

  @OnJob(JobName.OutcomeReminders)
  remind() {
    return this.outcomes.sendReminders();
  }
}
