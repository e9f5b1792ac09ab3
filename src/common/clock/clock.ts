import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The application's clock for rules about "now" that tests must be able to move (never booking a slot that has
 * started). Rules that compare with stored times inside one statement use the database's `now()` instead.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: from now on the clock reads `at` and keeps ticking from there (null: real time again). */
  travelTo(at: Date | null): void {
    this.offsetMs = at ? at.getTime() - Date.now() : 0;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
