import { z } from 'zod';
import type { DoubleChannel, DoubleUser } from './mattermost-models';
import type { MattermostStore } from './mattermost-store';

// What another process (the dev launcher, the demo) posts to /_double/seed. Members and token owners
// may be named by id or by username, because a seeding script rarely knows the ids in advance.
export const seedSchema = z.object({
  users: z
    .array(
      z.object({ username: z.string().min(1), email: z.string().optional(), id: z.string().optional(), isBot: z.boolean().optional() }),
    )
    .default([]),
  channels: z
    .array(
      z.object({
        name: z.string().min(1),
        displayName: z.string().optional(),
        id: z.string().optional(),
        type: z.enum(['O', 'P']).optional(),
        memberIds: z.array(z.string()).optional(),
        memberUsernames: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  tokens: z.array(z.object({ token: z.string().min(1), userId: z.string().optional(), username: z.string().optional() })).default([]),
});

export type DoubleSeed = z.input<typeof seedSchema>;

export interface SeedResult {
  users: DoubleUser[];
  channels: DoubleChannel[];
}

/** Applies a seed in order users → channels → tokens; throws (before changing anything more) on an unknown username. */
export function applySeed(store: MattermostStore, input: unknown): SeedResult {
  const seed = seedSchema.parse(input);
  const idOf = (username: string): string => {
    const user = store.findUser((u) => u.username === username.toLowerCase());
    if (!user) throw new Error(`seed: unknown username "${username}"`);
    return user.id;
  };
  const users = seed.users.map((u) => store.addUser(u));
  const channels = seed.channels.map((c) =>
    store.addChannel({ ...c, memberIds: [...(c.memberIds ?? []), ...(c.memberUsernames ?? []).map(idOf)] }),
  );
  for (const t of seed.tokens) {
    const userId = t.userId ?? (t.username ? idOf(t.username) : undefined);
    if (!userId) throw new Error(`seed: token ${t.token.slice(0, 4)}… names neither userId nor username`);
    store.addToken(t.token, userId);
  }
  return { users, channels };
}
