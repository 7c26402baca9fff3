// Three layers, run by `npm test` in this order of cost:
// - unit: pure logic beside the code (`*.spec.ts`), no I/O;
// - integration: each service and shared lib against real PostgreSQL, Redis and SMTP (`*.int-spec.ts`),
//   which the global setup starts once (embedded PostgreSQL, a local redis-server);
// - e2e: the three services as separate processes (`*.e2e-spec.ts`).
const preset = require('./jest.preset');

// Anchored at the workspace: a checkout may itself live under /tmp (CI does that).
const ignore = ['/node_modules/', '<rootDir>/dist/', '<rootDir>/tmp/'];

module.exports = {
  // testTimeout is a global option in multi-project configs (a project-level one is ignored).
  testTimeout: 60000,
  // Services, pools and SMTP sockets are closed by each suite, but a stray keep-alive socket must not
  // keep CI waiting forever once every test has finished.
  forceExit: true,
  // On a 2-core machine jest would run every suite inside its own process, whose heap then keeps what
  // 190 suites leave behind (a CI run died of it near the end). With a limit, suites run in a worker
  // that jest replaces once it holds more than this after a suite.
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'], testPathIgnorePatterns: ignore },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
      testPathIgnorePatterns: ignore,
      globalSetup: '<rootDir>/libs/shared/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/shared/testing/src/global-teardown.ts',
    },
    {
      ...preset,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ignore,
      globalSetup: '<rootDir>/libs/shared/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/shared/testing/src/global-teardown.ts',
    },
  ],
};
