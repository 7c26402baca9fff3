import 'reflect-metadata';
import { loadConfig } from '@cercle/platform';
import { consoleConfigSchema, startConsole } from '@cercle/console-feature';

startConsole(loadConfig('console', consoleConfigSchema)).catch((error) => {
  console.error(error);
  process.exit(1);
});
