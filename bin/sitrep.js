#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step between `npm ci` and `npx sitrep`.
import { register } from 'tsx/esm/api';

register();
const { execute } = await import('../src/cli/main.ts');
process.exitCode = await execute(process.argv.slice(2));
