import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { validatePayload } from '@cercle/contracts';
import { migrateDatabase, ormOptions } from '@cercle/platform';
import { createTestDatabase } from '@cercle/testing';
import { membershipConfigSchema, membershipService } from '../src';

/**
 * Membership's database migrated up to (not including) `migration`; `finish` applies the rest, as an
 * upgrade of an installation made before it does.
 */
async function migratedUntil(migration: string, name: string): Promise<{ client: Client; finish(): Promise<void> }> {
  const databaseUrl = await createTestDatabase(name);
  const definition = membershipService(
    membershipConfigSchema.parse({
      DATABASE_URL: databaseUrl,
      LINK_SECRET: 's'.repeat(40),
      ADMIN_TOKEN: 'a'.repeat(32),
      LOG_LEVEL: 'silent',
    }),
  );
  const options = (migrations: typeof definition.migrations) =>
    ormOptions({ clientUrl: databaseUrl, schema: definition.schema, entities: definition.entities, migrations });
  const before = definition.migrations.findIndex((m) => m.name === migration);
  await migrateDatabase(options(definition.migrations.slice(0, before)));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    client,
    finish: async () => {
      await migrateDatabase(options(definition.migrations));
    },
  };
}

/** Membership's database as an installation made before communities had organisers, then upgraded. */
async function upgrade(organisers: number): Promise<Client> {
  const { client, finish } = await migratedUntil('Migration0003OrganiserAccess', 'membership_upgrade');
  for (let i = 0; i < organisers; i++) {
    await client.query(`insert into membership.organiser (id, name, created_at) values ($1, $2, now())`, [
      randomUUID(),
      `Organisatrice ${i + 1}`,
    ]);
  }
  for (const name of ['EIG', 'ALLiaNCE']) {
    await client.query(`insert into membership.community (id, name, default_language, created_at) values ($1, $2, 'fr', now())`, [
      randomUUID(),
      name,
    ]);
  }
  await finish();
  return client;
}

describe('upgrading an installation made before communities had organisers', () => {
  it('makes its only organiser the owner of every community, and tells events and notifications', async () => {
    const client = await upgrade(1);
    try {
      const { rows: owners } = await client.query(
        `select c.name, co.role, co.revision from membership.community c join membership.community_organiser co on co.community_id = c.id order by c.name`,
      );
      expect(owners).toEqual([
        { name: 'ALLiaNCE', role: 'owner', revision: 1 },
        { name: 'EIG', role: 'owner', revision: 1 },
      ]);
      // Migration 0003's messages; 0015 repeats each pair with its address (tested below).
      const { rows: messages } = await client.query(
        `select queue, name, version, payload, message_id from membership.outbox_message where not payload ? 'organiserEmail' order by queue`,
      );
      expect(messages.map((m) => [m.queue, m.name])).toEqual([
        ['events', 'community.organiser-changed'],
        ['events', 'community.organiser-changed'],
        ['notifications', 'community.organiser-changed'],
        ['notifications', 'community.organiser-changed'],
      ]);
      // One message per pair, written once per receiving queue under the same id, valid against its schema.
      expect(new Set(messages.map((m) => m.message_id)).size).toBe(2);
      for (const m of messages) expect(() => validatePayload('community.organiser-changed', m.payload)).not.toThrow();
      expect(messages[0].payload).toMatchObject({ role: 'owner', active: true, revision: 1, organiserName: 'Organisatrice 1' });
    } finally {
      await client.end();
    }
  });

  it('grants nothing by guess when several organisers could have made the communities', async () => {
    const client = await upgrade(2);
    try {
      expect((await client.query(`select count(*)::int as n from membership.community_organiser`)).rows[0].n).toBe(0);
      expect((await client.query(`select count(*)::int as n from membership.outbox_message`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe('upgrading an installation made before organiser addresses travelled', () => {
  it('tells notifications the address of every organiser of every community, at the revision it holds', async () => {
    const { client, finish } = await migratedUntil('Migration0015OrganiserAddresses', 'membership_upgrade_addresses');
    try {
      const community = randomUUID();
      const organisers = [
        { id: randomUUID(), email: 'Ada@Example.org', role: 'owner', revision: 3 },
        { id: randomUUID(), email: null, role: 'co-organiser', revision: 1 },
      ];
      await client.query(`insert into membership.community (id, name, default_language, created_at) values ($1, 'EIG', 'fr', now())`, [
        community,
      ]);
      for (const o of organisers) {
        await client.query(`insert into membership.organiser (id, name, email, created_at) values ($1, 'Ada', $2, now())`, [o.id, o.email]);
        await client.query(
          `insert into membership.community_organiser (community_id, organiser_id, organiser_name, role, active, revision) values ($1, $2, 'Ada', $3, true, $4)`,
          [community, o.id, o.role, o.revision],
        );
      }
      await client.query(`delete from membership.outbox_message`);
      await finish();

      const { rows: messages } = await client.query(`select queue, name, payload from membership.outbox_message`);
      expect(messages.map((m) => [m.queue, m.name])).toEqual([
        ['notifications', 'community.organiser-changed'],
        ['notifications', 'community.organiser-changed'],
      ]);
      for (const m of messages) expect(() => validatePayload('community.organiser-changed', m.payload)).not.toThrow();
      const byOrganiser = new Map(messages.map((m) => [m.payload.organiserId, m.payload]));
      for (const o of organisers) {
        expect(byOrganiser.get(o.id)).toMatchObject({
          communityId: community,
          organiserEmail: o.email,
          role: o.role,
          revision: o.revision,
        });
      }
    } finally {
      await client.end();
    }
  });
});
