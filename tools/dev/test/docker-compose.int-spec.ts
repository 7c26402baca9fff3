import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicRoutes } from '@cercle/contracts';

const root = join(__dirname, '..', '..', '..');

/**
 * What can be checked of the Docker set-up without a Docker engine (none runs here, nor in CI): the
 * compose file validates with Debian's docker-compose (tools/test-setup.sh installs it), it runs every
 * service and the gateway with readiness health checks, and each image's command starts a file that exists.
 * `docker build` and `docker compose up` are not run here.
 */
describe('the Docker set-up', () => {
  // The secrets an operator must set (compose refuses to start without them); any value does for validating.
  const secrets = {
    LINK_SECRET: 'a-link-secret-of-more-than-thirty-two-characters',
    ADMIN_TOKEN: 'an-admin-token-of-24-characters-or-more',
  };
  const compose = (...args: string[]) =>
    execFileSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...secrets },
      stdio: 'pipe',
    });

  it('refuses to run without the secrets an operator must choose, saying which', () => {
    const withoutSecrets = () =>
      execFileSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config', '-q'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, LINK_SECRET: '', ADMIN_TOKEN: '' },
        stdio: 'pipe',
      });
    expect(withoutSecrets).toThrow(/set LINK_SECRET|set ADMIN_TOKEN/);
  });

  it('validates with docker-compose and runs every service, the gateway and what they use', () => {
    expect(() => compose('config', '-q')).not.toThrow();
    const services = compose('config', '--services').split('\n').filter(Boolean).sort();
    expect(services).toEqual([...Object.keys(publicRoutes), 'gateway', 'mailpit', 'mattermost', 'postgres', 'redis'].sort());
  });

  it('starts each service only once the ones it needs answer their readiness check', () => {
    const config = compose('config');
    expect(config.match(/\/health\/ready/g)?.length).toBe(Object.keys(publicRoutes).length);
    // membership after PostgreSQL and Redis; events, notifications and the console after membership; the gateway after all four.
    expect(config.match(/condition: service_healthy/g)?.length).toBe(2 + 3 + 4);
  });

  it('builds images whose command starts a file of the checkout', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('apps/${SERVICE}/src/main.ts');
    for (const service of Object.keys(publicRoutes)) expect(existsSync(join(root, 'apps', service, 'src', 'main.ts'))).toBe(true);
    const gateway = readFileSync(join(root, 'tools', 'gateway', 'Dockerfile'), 'utf8');
    const entry = /"(tools\/gateway\/src\/main\.ts)"/.exec(gateway)?.[1];
    expect(entry && existsSync(join(root, entry))).toBe(true);
  });
});
