import { Client } from 'pg';
import { accessTable, AccessRule, RouteKey, ServiceName } from '@cercle/contracts';
import type { Stack } from '../dev/src/stack';
import { CercleApi } from '../demo/src/api-client';
import { DemoCommunity, setUpCommunity, status, whenKnown } from '../demo/src/community';
import { settle } from '../demo/src/settle';
import { walkAsStranger, WalkResult } from './access-walk';
import { startTestStack, TestStack } from './test-stack';

const SERVICES: ServiceName[] = ['membership', 'events', 'notifications'];

/**
 * Two organisers on one installation, the three services as separate processes: organiser A, with B's
 * ids, gets 404 on every organiser route of the access table (read, write, delete), exactly as for an
 * id that does not exist, and nothing changes in any service's tables. The routes the running services
 * serve (their OpenAPI documents) are exactly the routes of the access table.
 */
describe('isolation between the communities of two organisers', () => {
  let running: TestStack;
  let stack: Stack;
  let databaseUrl: string;
  let a: DemoCommunity;
  let b: DemoCommunity;
  let ids: Record<string, string>;
  const log: string[] = [];

  beforeAll(async () => {
    running = await startTestStack('e2e-access', { log: (line) => log.push(line) });
    ({ stack, databaseUrl } = running);
    a = await setUpCommunity(stack, { members: 2, name: 'Communauté A', log: () => undefined, organiserName: 'Alice' });
    b = await setUpCommunity(stack, { members: 3, name: 'Communauté B', log: () => undefined, organiserName: 'Bruno' });
    ids = await seedEverythingOf(b);
  }, 300000);

  afterAll(async () => {
    if (log.length) console.log(log.slice(-40).join('\n'));
    await running?.stop();
  }, 60000);

  it('serves exactly the routes of the access table, in every service', async () => {
    for (const service of SERVICES) {
      const document = (await (await fetch(`${stack.serviceUrl(service)}/docs-json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const served = Object.entries(document.paths)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
        .sort();
      const listed = Object.keys({ ...accessTable.every, ...accessTable[service] }).sort();
      expect({ service, routes: served }).toEqual({ service, routes: listed });
    }
  });

  it("answers 404 to another organiser on every organiser route, and changes nothing in any service's tables", async () => {
    const before = await snapshot(databaseUrl);
    const results: WalkResult[] = await walkAsStranger(a.api, ids);
    const after = await snapshot(databaseUrl);

    const refused = results.filter((r) => r.status === 404 && r.code === r.expectedCode);
    expect(results.filter((r) => !refused.includes(r))).toEqual([]);
    // Every `community` row of the table was walked: the routes of all three services, read, write and delete.
    const communityRows = SERVICES.flatMap((service) =>
      Object.entries(accessTable[service] as Record<RouteKey, AccessRule>).filter(([, rule]) => rule.kind === 'community'),
    );
    expect(results).toHaveLength(communityRows.length);
    expect(new Set(results.map((r) => r.route.split(' ')[0]))).toEqual(new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    expect(after).toEqual(before);
  });

  it("lists only the caller's own: communities, deliveries, formats, tokens; another's token cannot be revoked", async () => {
    expect((await a.api.get('/organisers/me/tokens')).map((t: { tokenId: string }) => t.tokenId)).not.toContain(ids.tokenId);
    await expect(a.api.request('DELETE', `/organisers/me/tokens/${ids.tokenId}`)).rejects.toMatchObject({ status: 404 });
    expect((await b.api.get('/organisers/me')).organiserId).toBe(ids.organiserId);
    expect((await a.api.get('/communities')).map((c: { id: string }) => c.id)).toEqual([a.community.id]);
    const deliveries = await a.api.get('/deliveries?limit=500');
    expect(deliveries.items.map((d: { id: string }) => d.id)).not.toContain(ids.deliveryId);
    expect((await b.api.get('/deliveries?limit=500')).items.map((d: { id: string }) => d.id)).toContain(ids.deliveryId);
    const formats = (await a.api.get('/formats')).map((f: { id: string }) => f.id);
    expect(formats).not.toContain(ids.formatId);
  });

  it("refuses a series in another's community, on another's format, or with another community's members in its roles", async () => {
    const series = (communityId: string, formatId: string) => ({
      communityId,
      title: 'Intrus',
      formatId,
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: '2031-01-01', startTime: '19:00' },
    });
    await expect(a.api.post('/series', series(ids.communityId, 'peer-group'))).rejects.toMatchObject({ status: 404 });
    await expect(a.api.post('/series', series(a.community.id, ids.formatId))).rejects.toMatchObject({ status: 400 });
    // Roles in one's own series for another community's members: refused as for ids that do not exist.
    const withRoles = { ...series(a.community.id, 'peer-group'), guideMemberId: ids.memberId, contributorMemberIds: [] };
    await expect(a.api.post('/series', withRoles)).rejects.toMatchObject({ status: 422, body: { code: 'not-community-members' } });
    await expect(
      a.api.post(`/communities/${ids.communityId}/members`, { members: [{ name: 'Intrus', email: 'intrus@example.org' }] }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('takes access away from a removed co-organiser in every service within seconds', async () => {
    await b.api.post(`/communities/${ids.communityId}/invitations`, { email: 'chloe@exemple.fr', name: 'Chloé' });
    // The link reaches the invitee by email only.
    const url = await settle(
      () => /https?:\/\/\S+\/invitations\/[\w.-]+/.exec(stack.mail!.messages({ to: 'chloe@exemple.fr' })[0]?.text ?? '')?.[0],
      'the invitation email',
    );
    const accepted = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Chlo%C3%A9',
    });
    expect(accepted.status).toBe(201);
    const token = /<code id="api-token">([^<]+)<\/code>/.exec(await accepted.text())?.[1];
    expect(token).toBeDefined();
    const chloe = new CercleApi(stack.publicUrl, token!);
    // One route of each service, read in the community she co-organises.
    const probes = [`/communities/${ids.communityId}`, `/occurrences/${ids.occurrenceId}`, `/notifications/${ids.notificationId}`];
    const statuses = () => Promise.all(probes.map((path) => status(() => chloe.get(path))));
    await settle(async () => (await statuses()).every((s) => s === 200), 'events and notifications to know the co-organiser');

    const me = await chloe.get('/organisers/me');
    await b.api.request('DELETE', `/communities/${ids.communityId}/organisers/${me.organiserId}`);
    const removedAt = Date.now();
    await settle(async () => (await statuses()).every((s) => s === 404), 'every service to refuse the removed co-organiser', 10000);
    expect(Date.now() - removedAt).toBeLessThan(10000);
  });

  /** Everything a community can hold that a route acts on: a series on an own format, an announced occurrence, a topic, deliveries. */
  async function seedEverythingOf(owner: DemoCommunity): Promise<Record<string, string>> {
    const { api } = owner;
    const format = await api.post('/formats', {
      name: { fr: 'Midi partage', en: 'Lunch share' },
      defaultDurationMinutes: 60,
      defaultStartTime: '12:00',
      agenda: [{ title: { fr: 'Partage', en: 'Sharing' }, offsetMinutes: 0, durationMinutes: 60 }],
    });
    const created = await whenKnown(
      () =>
        api.post('/series', {
          communityId: owner.community.id,
          title: 'Groupe de B',
          formatId: 'peer-group',
          recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: '2031-01-01', startTime: '19:00', timeZone: 'Europe/Paris' },
        }),
      'events to know the community',
    );
    const occurrenceId: string = created.occurrence.id;
    await api.post(`/occurrences/${occurrenceId}/advance`);
    const topic = await api.post(`/occurrences/${occurrenceId}/topics`, {
      title: 'Sujet de B',
      kind: 'talk',
      memberId: owner.members[0].id,
    });
    await whenKnown(
      () => api.request('PUT', `/notifications/templates/${created.series.id}/announcement/fr`, { subject: 'B : {{title}}' }),
      'notifications to know the series',
    );
    const delivery = await settle(async () => {
      const log = await api.get('/deliveries?limit=500');
      return log.items.length > 0 && log.items.every((d: { status: string }) => d.status !== 'pending') ? log.items[0] : null;
    }, "the announcement's deliveries to settle");
    const me = await api.get('/organisers/me');
    const tokens = await api.get('/organisers/me/tokens');
    return {
      communityId: owner.community.id,
      memberId: owner.members[0].id,
      seriesId: created.series.id,
      occurrenceId,
      topicId: topic.id,
      deliveryId: delivery.id,
      notificationId: delivery.notificationId,
      formatId: format.id,
      organiserId: me.organiserId,
      tokenId: tokens[0].tokenId,
    };
  }
});

/** A fingerprint of every row of every table the three services own (bookkeeping tables aside). */
async function snapshot(databaseUrl: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_schema: string; table_name: string }>(
      `select table_schema, table_name from information_schema.tables
       where table_schema in ('membership', 'events', 'notifications') and table_type = 'BASE TABLE'
         -- Message bookkeeping moves on its own; the audit log records attempts by design.
         and table_name not in ('outbox_message', 'processed_message', 'mikro_orm_migrations', 'audit_entry')
       order by 1, 2`,
    );
    const result: Record<string, string> = {};
    for (const { table_schema, table_name } of tables.rows) {
      const { rows } = await client.query(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table_schema}"."${table_name}" t`,
      );
      result[`${table_schema}.${table_name}`] = rows[0].h;
    }
    return result;
  } finally {
    await client.end();
  }
}
