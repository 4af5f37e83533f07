import { ConfigError } from '../config.ts';
import { LoketError } from '../platform/errors.ts';
import { UsageError } from '../platform/cli/args.ts';
import type { Command } from '../platform/cli/command.ts';
import { commands, importers } from './commands.ts';
import { withDatabase } from './context.ts';

function usage(): string {
  const lines = Object.values(commands).map((c) => `  npx loket ${c.usage}`);
  const kinds = Object.keys(importers);
  if (kinds.length > 0) lines.push(`  npx loket import <${kinds.join('|')}> BESTAND`);
  return `Gebruik:\n${lines.join('\n')}`;
}

function find(argv: string[]): { command: Command; rest: string[] } | undefined {
  const importer = argv[0] === 'import' && argv[1] ? importers[argv[1]] : undefined;
  if (importer) return { command: importer, rest: argv.slice(2) };
  for (const length of [2, 1]) {
    const command = commands[argv.slice(0, length).join(' ')];
    if (command) return { command, rest: argv.slice(length) };
  }
  return undefined;
}

const found = find(process.argv.slice(2));
if (!found) {
  console.error(usage());
  process.exit(2);
}
try {
  await found.command.run(found.rest, { withDatabase });
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage()}`);
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof LoketError) {
    console.error(error instanceof LoketError ? error.messages.nl : error.message);
    process.exit(1);
  }
  throw error;
}
