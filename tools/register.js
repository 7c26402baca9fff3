// Runs the TypeScript sources directly (services, dev launcher, demo, benchmarks) with SWC, which keeps
// decorator metadata (NestJS DI needs it) and rewrites the tsconfig path aliases to the libs.
const path = require('path');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
