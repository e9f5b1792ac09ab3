import { Foundation1764000000000 } from '../../migrations/1764000000000-foundation';
import { Matching1764000001000 } from '../../migrations/1764000001000-matching';
import { Booking1764000002000 } from '../../migrations/1764000002000-booking';
import { RunProgress1764100000000 } from '../../migrations/1764100000000-run-progress';

/** Listed explicitly (no glob): works the same built, under Jest ESM and from the CLI. Append new ones. */
export const MIGRATIONS = [Foundation1764000000000, Matching1764000001000, Booking1764000002000, RunProgress1764100000000];
