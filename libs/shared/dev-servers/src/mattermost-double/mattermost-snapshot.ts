import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DoubleChannel, DoubleFileInfo, DoublePost, DoubleUser, SlashCommand } from './mattermost-models';
import type { MattermostStore } from './mattermost-store';

/**
 * The double's whole world as JSON, so that the dev launcher keeps channel ids, users, tokens and posts
 * across restarts: communities store the channel id, and a new id after each `npm start` would make
 * every post fail with 404.
 */
interface StoreSnapshot {
  version: 1;
  teamId: string;
  users: DoubleUser[];
  channels: DoubleChannel[];
  members: Record<string, string[]>;
  tokens: Record<string, string>;
  posts: DoublePost[];
  files: Array<{ info: DoubleFileInfo; content: string }>;
  /** Absent in files written before slash commands existed. */
  commands?: SlashCommand[];
}

export function snapshotOf(store: MattermostStore): StoreSnapshot {
  return {
    version: 1,
    teamId: store.teamId,
    users: [...store.users.values()],
    channels: [...store.channels.values()],
    members: Object.fromEntries([...store.members].map(([channelId, ids]) => [channelId, [...ids]])),
    tokens: Object.fromEntries(store.tokens),
    posts: store.posts,
    files: [...store.files.values()].map(({ info, content }) => ({ info, content: content.toString('base64') })),
    commands: [...store.commands.values()],
  };
}

/** Replaces the store's content with a snapshot's. */
export function restoreSnapshot(store: MattermostStore, snapshot: StoreSnapshot): void {
  store.clear();
  store.teamId = snapshot.teamId;
  for (const user of snapshot.users) store.users.set(user.id, user);
  for (const channel of snapshot.channels) store.channels.set(channel.id, channel);
  for (const [channelId, ids] of Object.entries(snapshot.members)) store.members.set(channelId, new Set(ids));
  for (const [token, userId] of Object.entries(snapshot.tokens)) store.tokens.set(token, userId);
  store.posts.push(...snapshot.posts);
  for (const { info, content } of snapshot.files) store.files.set(info.id, { info, content: Buffer.from(content, 'base64') });
  for (const command of snapshot.commands ?? []) store.commands.set(command.trigger, command);
}

/** Reads a state file written by `writeStateFile`; false when there is none yet. */
export function readStateFile(store: MattermostStore, file: string): boolean {
  if (!existsSync(file)) return false;
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as StoreSnapshot;
  if (snapshot.version !== 1) throw new Error(`${file}: unknown Mattermost double state version ${String(snapshot.version)}`);
  restoreSnapshot(store, snapshot);
  return true;
}

/** Writes through a temporary file and a rename, so a crash mid-write never leaves half a state. */
export function writeStateFile(store: MattermostStore, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshotOf(store)));
  renameSync(temporary, file);
}
