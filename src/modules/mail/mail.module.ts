import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox.service';
import { MailSender } from './mail-sender.service';

/** Notification e-mail: the outbox (written with each booking change) and the sender (a job on its own queue). */
@Module({
  providers: [MailOutbox, MailSender],
  exports: [MailOutbox],
})
export class MailModule {}
