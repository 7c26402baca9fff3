import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function serverUrl(): string {
  const url = process.env.CERCLE_TEST_POSTGRES_URL;
  if (!url) throw new Error('CERCLE_TEST_POSTGRES_URL is not set: run this test through jest (its global setup starts PostgreSQL)');
  return url;
}

/** A fresh database of its own for one test file, so suites run in parallel and in any order. */
export async function createTestDatabase(label: string): Promise<string> {
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export function testRedisUrl(): string {
  const url = process.env.CERCLE_TEST_REDIS_URL;
  if (!url) throw new Error('CERCLE_TEST_REDIS_URL is not set: run this test through jest (its global setup starts Redis)');
  return url;
}

/** Flushes nothing: each test uses its own queue prefix on the shared Redis instead. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomBytes(4).toString('hex')}`;
}
