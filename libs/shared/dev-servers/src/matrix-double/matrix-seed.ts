import { z } from 'zod';
import type { MatrixStore } from './matrix-store';

const seedSchema = z.object({
  users: z.array(z.object({ localpart: z.string().regex(/^[a-z0-9._=\-/+]+$/), token: z.string().min(8).optional() })).default([]),
  /** Members by localpart; each room is joined by all of them. */
  rooms: z.array(z.object({ name: z.string().min(1), members: z.array(z.string()).default([]) })).default([]),
});

/** Users and rooms for a script in another process (POST /_double/seed), validated first. */
export function applyMatrixSeed(store: MatrixStore, input: unknown) {
  const seed = seedSchema.parse(input);
  const users = seed.users.map((u) => store.addUser(u.localpart, u.token));
  const rooms = seed.rooms.map((r) =>
    store.addRoom({ name: r.name, members: r.members.map((localpart) => `@${localpart}:${store.serverName}`) }),
  );
  return { users, rooms };
}
