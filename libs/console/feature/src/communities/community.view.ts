import { escapeHtml } from '@cercle/platform';
import { errorSummary, type FieldErrors, form, select, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { type Notice, renderPage } from '../shell/page-shell';
import { type ChannelList, channelOptions, currentChannelFields } from './channel-choices';
import { communityText } from './community.text';
import { communityTrail } from '../shell/breadcrumbs';
import type { CommunityView } from './community-views';

/** The breadcrumb of every page of one community, ending with `last` (the page itself) when given. */
export function communityCrumbs(page: PageContext, community: CommunityView, last?: string) {
  return communityTrail(page.lang, community, last ? [{ label: last }] : []);
}

/** A community: its members in short, and its Mattermost channel (picked from the bot's channels, or pasted). */
export function renderCommunityPage(
  page: PageContext,
  community: CommunityView,
  channels: ChannelList,
  channel: { kept?: { pick: string; pasted: string }; errors?: FieldErrors } = {},
): string {
  const w = communityText[page.lang];
  const notices: Notice[] = [];
  if (page.query.done === 'created') notices.push({ kind: 'success', text: w.created });
  if (page.query.done === 'channel') notices.push({ kind: 'success', text: w.channelSaved });
  const base = `/console/communities/${escapeHtml(community.id)}`;
  return renderPage(page, {
    title: community.name,
    breadcrumbs: communityCrumbs(page, community),
    notices,
    main: `<h2>${w.members}</h2><p>${community.memberCount ?? 0} ${w.memberCount}</p>
<ul class="fr-btns-group fr-btns-group--inline-md"><li><a class="fr-btn" href="${base}/members">${w.manageMembers}</a></li><li><a class="fr-btn fr-btn--secondary" href="${base}/members/import">${w.importMembers}</a></li></ul>
<h2 class="fr-mt-5w">${w.organisers}</h2><p><a class="fr-link" href="${base}/organisers">${w.manageOrganisers}</a></p>
<h2 class="fr-mt-5w">${w.channelTitle}</h2><p>${w.channelIntro}</p>${errorSummary(page, channel.errors, {
      mattermostChannelId: w.channelId,
      mattermostChannelPick: w.channelPick,
    })}${form(page, { action: `${base}/channel`, submit: w.saveChannel, body: channelFields(page, community, channels, channel) })}`,
  });
}

function channelFields(
  page: PageContext,
  community: CommunityView,
  channels: ChannelList,
  channel: { kept?: { pick: string; pasted: string }; errors?: FieldErrors },
): string {
  const w = communityText[page.lang];
  const values = channel.kept ?? currentChannelFields(community.mattermostChannelId, channels);
  const list =
    channels.state === 'listed'
      ? select({
          name: 'mattermostChannelPick',
          label: w.channelPick,
          hint: w.channelPickHint,
          placeholder: w.noChannel,
          options: channelOptions(channels.channels, page.lang),
          value: values.pick,
          error: channel.errors?.mattermostChannelPick,
        })
      : `<div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" id="channel-list-state"><p>${w[`channelList_${channels.state}`]}</p></div>`;
  const paste = textInput({
    name: 'mattermostChannelId',
    label: channels.state === 'listed' ? w.channelIdFallback : w.channelId,
    hint: w.channelHint,
    value: values.pasted,
    error: channel.errors?.mattermostChannelId,
    autocomplete: 'off',
  });
  return list + paste;
}
