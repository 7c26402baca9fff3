import { z } from 'zod';
import { loadConfig, serviceConfigSchema } from './service-config';

const schema = serviceConfigSchema.extend({ MATTERMOST_URL: z.string().url().optional(), MATTERMOST_TOKEN: z.string().min(1).optional() });
const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/cercle', LINK_SECRET: 'a-link-secret-of-more-than-thirty-two-characters' };
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig('test', schema, env);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
};

describe('loadConfig', () => {
  it('reads an empty variable as not set, as docker-compose writes an unset ${VAR:-}', () => {
    const config = loadConfig('test', schema, { ...base, MATTERMOST_URL: '', MATTERMOST_TOKEN: '', HOST: '' });
    expect(config.HOST).toBe('127.0.0.1');
    expect(config).not.toHaveProperty('MATTERMOST_URL');
  });

  it('refuses half of a pair that only means something whole', () => {
    expect(problemsOf({ ...base, MATTERMOST_URL: 'http://chat.example.org' }).join('\n')).toContain(
      'MATTERMOST_URL is set without MATTERMOST_TOKEN',
    );
    expect(problemsOf({ ...base, MATTERMOST_TOKEN: 'abc' }).join('\n')).toContain('MATTERMOST_TOKEN is set without MATTERMOST_URL');
    expect(problemsOf({ ...base, MATTERMOST_URL: 'http://chat.example.org', MATTERMOST_TOKEN: 'abc' })).toEqual([]);
    expect(problemsOf({ ...base, MATRIX_ACCESS_TOKEN: 'syt_abc' }).join('\n')).toContain(
      'MATRIX_ACCESS_TOKEN is set without MATRIX_HOMESERVER_URL',
    );
  });

  it('refuses a placeholder secret copied from an example', () => {
    expect(problemsOf({ ...base, LINK_SECRET: 'change-me-to-a-long-random-secret-please' }).join('\n')).toContain(
      'LINK_SECRET is a placeholder',
    );
  });
});
