import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Module boundaries that bite: every project is tagged scope:* and type:* in its project.json.
// Apps never import apps; domain libs import only domain/util libs (no NestJS, no I/O);
// a service's libs never import another service's; testing and dev servers stay out of production code.
const scopes = [
  { sourceTag: 'scope:events', onlyDependOnLibsWithTags: ['scope:events', 'scope:shared'] },
  { sourceTag: 'scope:membership', onlyDependOnLibsWithTags: ['scope:membership', 'scope:shared'] },
  { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'] },
  // The console calls the services over HTTP: it imports shared libs only, never a service's.
  { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'] },
];
const types = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:domain', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:dev-server', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:data-access', 'type:dev-server', 'type:feature'],
  },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:data-access', 'type:dev-server', 'type:feature', 'type:testing'],
  },
];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', '**/.nx/**', '.cercle/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [...scopes, ...types],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Domain libs are plain TypeScript: no framework, no database, no network, no clock.
    files: ['libs/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                '@mikro-orm/*',
                'bullmq',
                'ioredis',
                'pg',
                'nodemailer',
                '@mattermost/*',
                'node:http',
                'http',
                'node:fs',
                'fs',
                'node:net',
                'net',
              ],
              message: 'Domain libs stay free of frameworks and I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and their support files may use the testing lib and the dev servers.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'libs/shared/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
