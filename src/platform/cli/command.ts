import type { LoketDatabase } from '../../db/database.ts';

/**
 * What the CLI gives a command to work with. The registry (`src/cli/`) supplies it, so a domain's
 * command needs nothing from the wiring above it.
 */
export interface CliContext {
  /** Opens the configured database (migrated) for the work and closes it afterwards. */
  withDatabase<T>(work: (database: LoketDatabase) => Promise<T>): Promise<T>;
}

/** One CLI command: domains export theirs, `src/cli/commands.ts` registers them. */
export interface Command {
  usage: string;
  run(args: string[], context: CliContext): Promise<void>;
}
