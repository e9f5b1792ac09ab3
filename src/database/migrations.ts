import { Foundation1764000000000 } from '../../migrations/1764000000000-foundation';

/** Listed explicitly (no glob): works the same built, under Jest ESM and from the CLI. Append new ones. */
export const MIGRATIONS = [Foundation1764000000000];
