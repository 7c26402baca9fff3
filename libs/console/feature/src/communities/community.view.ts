import { escapeHtml } from '@cercle/platform';
import { errorSummary, type FieldErrors, form, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { type Notice, renderPage } from '../shell/page-shell';
import { communityText } from './community.text';
import type { CommunityView } from './community-views';

/** The breadcrumb of every page of one community, ending with `last` (the page itself) when given. */
export function communityCrumbs(page: PageContext, community: CommunityView, last?: string) {
  const w = communityText[page.lang];
  return [
    { label: w.communities, href: '/console/communities' },
    last ? { label: community.name, href: `/console/communities/${community.id}` } : { label: community.name },
    ...(last ? [{ label: last }] : []),
  ];
}

/** A community: its members in short, and its Mattermost channel. */
export function renderCommunityPage(
  page: PageContext,
  community: CommunityView,
  channel: { value?: string; errors?: FieldErrors } = {},
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
<h2 class="fr-mt-5w">${w.channelTitle}</h2><p>${w.channelIntro}</p>${errorSummary(page, channel.errors, { mattermostChannelId: w.channelId })}${form(
      page,
      {
        action: `${base}/channel`,
        submit: w.saveChannel,
        body: textInput({
          name: 'mattermostChannelId',
          label: w.channelId,
          hint: w.channelHint,
          value: channel.value ?? community.mattermostChannelId ?? '',
          error: channel.errors?.mattermostChannelId,
          autocomplete: 'off',
        }),
      },
    )}`,
  });
}
