#!/usr/bin/env node
// `npx cercle` from the checkout: the root package.json's `bin` points here. The CLI is TypeScript run
// with SWC like the launcher and the demo, so nothing needs building first.
require('../../register.js');
// A reader that stops early (`cercle … | head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = require('../src/main.ts');
main(process.argv).then((code) => {
  // Not process.exit: stdout may still be draining into a pipe (`cercle --json … | jq`).
  process.exitCode = code;
});
