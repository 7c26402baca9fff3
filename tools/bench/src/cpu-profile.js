// Loaded with `node --require` in each service when BENCH_CPU_PROF names a folder (NODE_OPTIONS may not
// carry --cpu-prof): profiles the whole process and writes <pid>.cpuprofile (Chrome DevTools) when it stops.
const inspector = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
let written = false;
// Written on SIGTERM (Nest re-raises the signal after closing, so 'exit' never comes) or on exit.
const write = () => {
  if (written) return;
  written = true;
  // The main thread's inspector session answers synchronously, so this works inside 'exit'.
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(process.env.BENCH_CPU_PROF, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
};
process.on('SIGTERM', write);
process.on('exit', write);
