/** One CLI command: domains export theirs, `commands.ts` registers them. */
export interface Command {
  usage: string;
  run(args: string[]): Promise<void>;
}
