import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from '@cercle/testing';
import { CercleApi } from '../../demo/src/api-client';
import { startTestStack, TestStack } from '../../e2e/test-stack';
import { CliRun, runCli } from './run-cli';

/** The members file an organiser brings: good lines and the usual mistakes, each on a known line. */
const rows: Array<{ cells: string; bad?: RegExp }> = [
  { cells: 'Camille Martin,camille@example.org,camille.martin,fr' },
  { cells: 'Dominique Petit,dominique@example.org,,en' },
  { cells: 'Sans Adresse,pas-une-adresse,,fr', bad: /adresse e-mail invalide « pas-une-adresse »/ },
  { cells: '"Lefèvre, Alix",alix@example.org,alix,' },
  { cells: 'Camille Bis,CAMILLE@example.org,,fr', bad: /même adresse e-mail que la ligne 2/ },
  { cells: 'Sacha Roux,sacha@example.org,Sacha Roux,fr', bad: /nom d’utilisateur Mattermost invalide/ },
  { cells: 'Noa Girard,noa@example.org,,de', bad: /langue inconnue « de »/ },
  { cells: ',vide@example.org,,fr', bad: /nom manquant/ },
  { cells: 'Yanis Moreau,yanis@example.org,yanis.moreau,FR' },
];
const csv = ['name,email,mattermost,language', ...rows.map((r) => r.cells)].join('\n');
// Line 1 is the header: row i is on line i + 2.
const badLines = rows.flatMap((r, i) => (r.bad ? [i + 2] : []));
const goodEmails = rows.filter((r) => !r.bad).map((r) => r.cells.match(/[\w.+-]+@example\.org/)![0]);

/**
 * `npx cercle` as an organiser uses it, across processes against the three services: init, a
 * community, a CSV import with bad lines, the peer-group series of seed 001, its occurrences; the
 * output is checked in French and English, as text and as JSON, and so are the exit codes.
 */
describe('the cercle command line', () => {
  let running: TestStack;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let communityId: string;
  let seriesId: string;
  let occurrenceIds: string[];
  const cli = (...args: string[]) => runCli(args, env);
  const json = (run: CliRun) => JSON.parse(run.stdout);
  const api = () => new CercleApi(running.stack.publicUrl, JSON.parse(readFileSync(join(dir, 'cercle', 'config.json'), 'utf8')).token);

  beforeAll(async () => {
    running = await startTestStack('cli', { log: () => undefined });
    dir = mkdtempSync(join(tmpdir(), 'cercle-cli-'));
    writeFileSync(join(dir, 'members.csv'), csv);
    writeFileSync(join(dir, 'bad-header.csv'), 'nom;adresse;langue\nAlix;alix@example.org;fr\n');
    // French unless asked: the test does not inherit the machine's locale.
    env = { PATH: process.env.PATH, HOME: dir, XDG_CONFIG_HOME: dir, LANG: 'fr_FR.UTF-8' };
  }, 300_000);

  afterAll(async () => {
    await running?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('asks for `cercle init` before anything else (exit 1)', async () => {
    const run = await cli('communities', 'list');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Pas de configuration .*cercle init/);
  }, 60_000);

  it('refuses a wrong admin token with the API’s reason (exit 2), and stores nothing', async () => {
    const run = await cli('init', '--api-url', running.stack.publicUrl, '--admin-token', 'not-the-admin-token', '--name', 'Camille');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Jeton d’administration refusé/);
    expect(() => statSync(join(dir, 'cercle', 'config.json'))).toThrow();
  }, 60_000);

  it('creates the first organiser and keeps the token in a file only its owner reads', async () => {
    const run = await cli(
      'init',
      '--api-url',
      running.stack.publicUrl,
      '--admin-token',
      running.stack.adminToken,
      '--name',
      'Camille Organisatrice',
      '--email',
      'camille@orga.example.org',
    );
    expect(run).toMatchObject({ code: 0 });
    const file = join(dir, 'cercle', 'config.json');
    expect(run.stdout).toContain(`Jeton enregistré dans ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const me = await api().get('/organisers/me');
    expect(me.name).toBe('Camille Organisatrice');
    // Running it again would lose that token: refused unless --force.
    const again = await cli('init', '--api-url', running.stack.publicUrl, '--admin-token', running.stack.adminToken, '--name', 'Autre');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
  }, 120_000);

  it('creates a community (--json) and lists it', async () => {
    const created = await cli(
      '--json',
      'communities',
      'create',
      '--name',
      'Groupe EIG',
      '--mattermost-channel',
      running.stack.localChannelId!,
    );
    expect(created.code).toBe(0);
    expect(created.stderr).not.toContain('{');
    const community = json(created);
    expect(community).toMatchObject({ name: 'Groupe EIG', knownByAllServices: true });
    communityId = community.id;
    const listed = await cli('communities', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${communityId}\\s+Groupe EIG\\s+propriétaire`));
  }, 120_000);

  it('imports the good lines of a CSV and names each bad one with its line and reason (exit 4)', async () => {
    const run = await cli('members', 'import', join(dir, 'members.csv'), '--community', communityId);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(`${goodEmails.length} membres importés, 0 déjà membre (ignoré), ${badLines.length} lignes rejetées.`);
    rows.forEach((row, i) => {
      if (row.bad) expect(run.stdout).toMatch(new RegExp(`ligne ${i + 2} : ${row.bad.source}`));
    });
    // Progress goes to stderr as plain lines when stderr is not a terminal.
    expect(run.stderr).toMatch(new RegExp(`Import : ${goodEmails.length}/${goodEmails.length}`));
    const members: Array<{ email: string; name: string; mattermostUsername: string | null; language: string }> = await api().get(
      `/communities/${communityId}/members`,
    );
    expect(members.map((m) => m.email).sort()).toEqual([...goodEmails].sort());
    expect(members.find((m) => m.email === 'alix@example.org')).toMatchObject({
      name: 'Lefèvre, Alix',
      mattermostUsername: 'alix',
      language: 'fr',
    });
  }, 120_000);

  it('skips the members already imported when the same file runs again, and says so in JSON', async () => {
    const run = await cli('members', 'import', join(dir, 'members.csv'), '--community', communityId, '--json');
    expect(run.code).toBe(4);
    const report = json(run);
    expect(report.counts).toEqual({ imported: 0, skipped: goodEmails.length, rejected: badLines.length, notSent: 0 });
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual(badLines);
    expect(report.rejected.find((r: { code: string }) => r.code === 'email-duplicate')).toMatchObject({ firstLine: 2 });
  }, 60_000);

  it('says what is wrong with a missing file, a bad header and an unknown community', async () => {
    const missing = await cli('members', 'import', join(dir, 'absent.csv'), '--community', communityId);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Fichier introuvable : ${join(dir, 'absent.csv')}`);
    const header = await cli('members', 'import', join(dir, 'bad-header.csv'), '--community', communityId);
    expect(header.code).toBe(1);
    expect(header.stderr).toMatch(/colonne inconnue « adresse »/);
    expect(header.stderr).toMatch(/colonne obligatoire absente : email/);
    const unknown = await cli(
      '--lang',
      'en',
      'members',
      'import',
      join(dir, 'members.csv'),
      '--community',
      '00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown community/);
  }, 120_000);

  it('creates the peer-group series of seed 001 and lists its planned occurrences at the local start time', async () => {
    const created = await cli(
      // An organiser reading English still titles the series in the community's language, which members read.
      '--json',
      '--lang',
      'en',
      'series',
      'create',
      '--community',
      communityId,
      '--format',
      'peer-group',
      '--rrule',
      'FREQ=MONTHLY;BYDAY=1TU',
      '--start-time',
      '12:30',
      '--location',
      'Salle Tchap, 20 avenue de Ségur, Paris',
      '--theme',
      'Accessibilité numérique',
    );
    expect(created.code).toBe(0);
    const { series, occurrences } = json(created);
    seriesId = series.id;
    expect(series).toMatchObject({ title: 'Groupe de partage entre pairs', formatId: 'peer-group' });
    const fromApi: Array<{ id: string; localStart: string; status: string }> = await api().get(`/series/${seriesId}/occurrences`);
    // The first one may be announced meanwhile (its announcement is due at once): compare what stays.
    const planned = (list: Array<{ id: string; localStart: string }>) => list.map((o) => [o.id, o.localStart]);
    expect(planned(occurrences)).toEqual(planned(fromApi));
    expect(fromApi.length).toBeGreaterThan(0);
    occurrenceIds = fromApi.map((o) => o.id);

    const seriesList = await cli('series', 'list', '--community', communityId);
    expect(seriesList.code).toBe(0);
    expect(seriesList.stdout).toMatch(new RegExp(`${seriesId}\\s+Groupe de partage entre pairs\\s+peer-group`));

    const listed = await cli('occurrences', 'list', '--series', seriesId);
    expect(listed.code).toBe(0);
    for (const o of fromApi) expect(listed.stdout).toMatch(new RegExp(`${o.id}\\s+${o.localStart.replace('T', ' ')}\\s+(prévue|annoncée)`));
    expect(fromApi.every((o) => o.localStart.endsWith('T12:30'))).toBe(true);

    const english = await cli('--lang', 'en', 'occurrences', 'list', '--series', seriesId);
    expect(english.stdout).toMatch(/start \(local time\)\s+status/);
    expect(planned(json(await cli('occurrences', 'list', '--series', seriesId, '--json')))).toEqual(planned(fromApi));
  }, 120_000);

  it('shows an occurrence with the agenda of the format in local time', async () => {
    const run = await cli('occurrences', 'show', occurrenceIds[0]);
    expect(run.code).toBe(0);
    const shown = await api().get(`/occurrences/${occurrenceIds[0]}`);
    expect(shown.agenda.length).toBeGreaterThan(0);
    // Each slot in the reader's language (French by default), never an object printed raw.
    for (const slot of shown.agenda) expect(run.stdout).toContain(`${slot.localStart}–${slot.localEnd}  ${slot.title.fr}`);
    expect(run.stdout).not.toContain('[object Object]');
    expect(run.stdout).toContain(`Thème : ${shown.theme}`);
    expect(shown.theme).toBe('Accessibilité numérique');
  }, 60_000);

  it('follows the API’s token rules: a read-only token may read but not change (exit 2)', async () => {
    const { token } = await api().post('/organisers/me/tokens', { name: 'lecture', readOnly: true });
    const readOnly = { ...env, CERCLE_TOKEN: token };
    const listed = await runCli(['communities', 'list'], readOnly);
    expect(listed.code).toBe(0);
    const refused = await runCli(['communities', 'create', '--name', 'Interdite'], readOnly);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/lecture seule/);
  }, 60_000);

  it('says a revoked token is revoked, in the user’s language (exit 2)', async () => {
    const { token, tokenId } = await api().post('/organisers/me/tokens', { name: 'script' });
    await api().request('DELETE', `/organisers/me/tokens/${tokenId}`);
    const refused = await runCli(['communities', 'list'], { ...env, CERCLE_TOKEN: token });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Ce jeton a été révoqué/);
    const asJson = await runCli(['--lang', 'en', 'communities', 'list', '--json'], { ...env, CERCLE_TOKEN: token });
    expect(asJson.code).toBe(2);
    expect(json(asJson).error).toMatchObject({ code: 'token-revoked', message: expect.stringMatching(/This token was revoked/) });
  }, 60_000);

  it('gives back a working token to an organiser who lost theirs, with init --force and their email (admin token)', async () => {
    const other = join(dir, 'recovered.json');
    const before = await api().get('/organisers/me');
    const run = await cli(
      '--config',
      other,
      'init',
      '--force',
      '--api-url',
      running.stack.publicUrl,
      '--admin-token',
      running.stack.adminToken,
      '--name',
      'Camille',
      '--email',
      'camille@orga.example.org',
    );
    expect(run.code).toBe(0);
    const recovered = JSON.parse(readFileSync(other, 'utf8'));
    expect(recovered.organiserId).toBe(before.organiserId);
    const asRecovered = await runCli(['--json', 'communities', 'list'], { ...env, CERCLE_TOKEN: recovered.token });
    expect(json(asRecovered).map((c: { id: string }) => c.id)).toContain(communityId);
  }, 60_000);

  it('checks the installation with doctor, and says when the API cannot be reached (exit 3)', async () => {
    const run = await cli('doctor', '--json');
    const report = json(run);
    const status = Object.fromEntries(report.checks.map((c: { check: string; status: string }) => [c.check, c.status]));
    expect(status).toMatchObject({
      Configuration: 'ok',
      API: 'ok',
      'Service membership': 'ok',
      'Service events': 'ok',
      'Service notifications': 'ok',
      Jeton: 'ok',
    });
    expect(run.code).toBe(report.problems ? 4 : 0);
    const closed = await freePort();
    const away = await runCli(['doctor'], { ...env, CERCLE_API_URL: `http://127.0.0.1:${closed}` });
    expect(away.code).toBe(3);
    expect(away.stdout).toMatch(/✘ API : Cercle ne répond pas/);
  }, 60_000);

  it('lists failed deliveries as JSON', async () => {
    const run = await cli('deliveries', 'failed', '--json');
    expect(run.code).toBe(0);
    const fromApi = await api().get('/deliveries?status=failed&limit=500');
    expect(json(run).total).toBe(fromApi.total);
  }, 60_000);

  it('announces on demand, then lists the failed posts to a channel Mattermost does not know, shows them in doctor, and sends them again', async () => {
    const community = json(
      await cli('--json', 'communities', 'create', '--name', 'Canal perdu', '--mattermost-channel', 'no-such-channel'),
    );
    // Six weeks ahead: with the default first date (today), the session can be hours away and its
    // announcement already run at creation.
    const firstDate = new Date(Date.now() + 42 * 24 * 3600_000).toISOString().slice(0, 10);
    const { occurrences } = json(
      await cli('--json', 'series', 'create', '--community', community.id, '--format', 'peer-group', '--first-date', firstDate),
    );
    const occurrenceId = occurrences[0].id;
    // Its announcement is weeks away: run it now.
    const advanced = await cli('occurrences', 'advance', occurrenceId);
    expect(advanced.code).toBe(0);
    expect(advanced.stdout).toMatch(/Étape announce : faite/);
    let failed: Array<{ id: string; attempts: number }> = [];
    await waitFor(
      async () => {
        failed = (await api().get(`/deliveries?status=failed&occurrenceId=${occurrenceId}`)).items;
        return failed.length > 0;
      },
      { timeoutMs: 90_000, intervalMs: 500, description: 'the channel post to fail' },
    );

    const listed = await cli('deliveries', 'failed', '--occurrence', occurrenceId);
    expect(listed.code).toBe(0);
    for (const d of failed) expect(listed.stdout).toMatch(new RegExp(`${d.id}\\s+\\S+\\s+mattermost-post\\s+no-such-channel`));

    const doctor = json(await cli('doctor', '--json'));
    expect(doctor.checks.find((c: { check: string }) => c.check === 'Mattermost')).toMatchObject({
      status: 'problem',
      detail: expect.stringContaining('MATTERMOST_URL'),
    });

    const resent = await cli('deliveries', 'failed', '--occurrence', occurrenceId, '--resend', '--json');
    expect(resent.code).toBe(0);
    expect(json(resent).resent.sort()).toEqual(failed.map((d) => d.id).sort());
    // Sent again: each is tried once more (and fails again, the channel being still unknown).
    await waitFor(
      async () => {
        const after: Array<{ id: string; attempts: number; status: string }> = (
          await api().get(`/deliveries?occurrenceId=${occurrenceId}&channel=mattermost-post`)
        ).items;
        return failed.every((d) => (after.find((a) => a.id === d.id)?.attempts ?? 0) > d.attempts);
      },
      { timeoutMs: 60_000, intervalMs: 500, description: 'the resent posts to be tried again' },
    );
  }, 180_000);

  // Last: it stops a service.
  it('names the service that is down in doctor (exit 4)', async () => {
    await running.stack.kill('events', 'SIGTERM');
    const run = await cli('doctor', '--json');
    expect(run.code).toBe(4);
    const events = json(run).checks.find((c: { check: string }) => c.check === 'Service events');
    expect(events).toMatchObject({ status: 'problem' });
    expect(json(run).checks.find((c: { check: string }) => c.check === 'Service membership')).toMatchObject({ status: 'ok' });
  }, 60_000);
});
