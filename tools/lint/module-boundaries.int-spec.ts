import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * Lints source text as if it were a file at `path` in the workspace, with the real ESLint CLI and the
 * workspace's config (jest's module sandbox cannot load the ESM config), and returns the rule ids hit.
 */
async function ruleIdsFor(path: string, code: string): Promise<string[]> {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', join(root, path)],
      {
        cwd: root,
        input: code,
        encoding: 'utf8',
      },
    );
  } catch (error) {
    // ESLint exits 1 when it reports errors; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(output) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('module boundaries', () => {
  beforeAll(() => {
    // The Nx rule reads the cached project graph; compute it as `npm run lint` does.
    execFileSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'show', 'projects'], {
      cwd: root,
      stdio: 'ignore',
    });
  }, 120000);

  it('fails when an app imports another app', async () => {
    const ids = await ruleIdsFor('apps/events/src/probe.ts', "import '../../membership/src/main';\nexport const x = 1;\n");
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('fails when a domain lib imports infrastructure', async () => {
    const viaLib = await ruleIdsFor(
      'libs/events/domain/src/probe.ts',
      "import { Outbox } from '@cercle/platform';\nexport const x = Outbox;\n",
    );
    expect(viaLib).toContain('@nx/enforce-module-boundaries');
    const viaPackage = await ruleIdsFor(
      'libs/events/domain/src/probe.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(viaPackage).toContain('no-restricted-imports');
  });

  it("fails when one service's code imports another service's", async () => {
    const ids = await ruleIdsFor(
      'libs/events/feature/src/probe.ts',
      "import { MembershipFeatureModule } from '@cercle/membership-feature';\nexport const x = MembershipFeatureModule;\n",
    );
    expect(ids).toContain('@nx/enforce-module-boundaries');
  });

  it('accepts a feature lib using its domain and the shared contracts', async () => {
    const ids = await ruleIdsFor(
      'libs/events/feature/src/probe.ts',
      "import { getFormat } from '@cercle/events-domain';\nimport { QueueName } from '@cercle/contracts';\nexport const x = [getFormat, QueueName];\n",
    );
    expect(ids).toEqual([]);
  });
});
