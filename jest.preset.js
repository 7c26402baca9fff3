// Shared jest settings: SWC transpiles TypeScript (keeping decorator metadata for NestJS and MikroORM),
// and the tsconfig path aliases are mapped so tests import libs exactly as the services do.
const path = require('path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(root, target)]),
);

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

// matrix-js-sdk 37, openid-client 6, oidc-provider 9 (the console's tests' OpenID provider) and a few of
// their dependencies ship ES modules only. Node 20.20 loads them with `require`, jest's module system
// does not: SWC turns those files (and only those) into CommonJS.
const esmOnly = [
  'matrix-js-sdk',
  'matrix-events-sdk',
  'matrix-widget-api',
  'p-retry',
  'is-network-error',
  'oidc-client-ts',
  'jwt-decode',
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
];
const esmOnlyPattern = `/node_modules/(${esmOnly.join('|')})/.+\\.m?js$`;
transform[esmOnlyPattern] = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join('|')})/)`];

module.exports = {
  rootDir: root,
  moduleNameMapper,
  transform,
  transformIgnorePatterns,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};
