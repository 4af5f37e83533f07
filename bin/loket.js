#!/usr/bin/env node
// Runs Loket's TypeScript CLI without a build step: `npx loket <command>`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
