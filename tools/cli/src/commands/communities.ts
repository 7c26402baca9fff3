import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { table } from '../output';
import { communityKnown } from './wait-for-services';

interface Community {
  id: string;
  name: string;
  role: string;
  defaultLanguage: string;
  mattermostChannelId: string | null;
}

export async function listCommunities(ctx: Context): Promise<void> {
  const { text, out } = ctx;
  const communities = await ctx.api().get<Community[]>('/communities');
  out.result(communities, () =>
    communities.length
      ? table(
          text.communities.headers,
          communities.map((c) => [c.id, c.name, text.communities.role(c.role), c.defaultLanguage, c.mattermostChannelId ?? '—']),
        )
      : text.communities.none,
  );
}

export interface CreateCommunityOptions {
  name: string;
  mattermostChannel?: string;
  matrixRoom?: string;
  chat?: string;
  language?: string;
}

export async function createCommunity(ctx: Context, options: CreateCommunityOptions): Promise<void> {
  const { text, out } = ctx;
  if (options.language && !['fr', 'en'].includes(options.language)) {
    throw new CliError(text.errors.invalidOption('--language', options.language, 'fr, en'), ExitCode.usage, 'invalid-option');
  }
  if (options.chat && !['mattermost', 'matrix', 'both'].includes(options.chat)) {
    throw new CliError(text.errors.invalidOption('--chat', options.chat, 'mattermost, matrix, both'), ExitCode.usage, 'invalid-option');
  }
  const api = ctx.api();
  const community = await api.post<Community>('/communities', {
    name: options.name,
    mattermostChannelId: options.mattermostChannel ?? null,
    matrixRoomId: options.matrixRoom ?? null,
    ...(options.chat ? { chat: options.chat } : {}),
    ...(options.language ? { defaultLanguage: options.language } : {}),
  });
  out.note(text.communities.waiting);
  const known = await communityKnown(api, community.id);
  if (!known) out.note(text.communities.notYetKnown);
  out.result({ ...community, knownByAllServices: known }, () => [
    text.communities.created(community.name, community.id),
    text.communities.next(community.id),
  ]);
}
