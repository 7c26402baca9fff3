import { escapeHtml } from '@cercle/platform';
import type { CommunityView } from '../communities/community-views';
import { communityCrumbs } from '../communities/community.view';
import { actionButton, errorSummary, type FieldErrors, form, languageSelect, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { type Notice, renderPage } from '../shell/page-shell';
import { organisersText } from './organisers.text';

export interface OrganiserRow {
  organiserId: string;
  name: string;
  role: 'owner' | 'co-organiser';
}

export interface InvitationRow {
  invitationId: string;
  email: string;
  name: string | null;
  status: string;
  expiresAt: string;
}

/** Who organises the community, the pending invitations, and the invitation form. */
export function renderOrganisersPage(
  page: PageContext,
  community: CommunityView,
  organisers: OrganiserRow[],
  invitations: InvitationRow[],
  invite: { values?: Record<string, string>; errors?: FieldErrors; refused?: string } = {},
): string {
  const w = organisersText[page.lang];
  const base = `/console/communities/${escapeHtml(community.id)}/organisers`;
  const rows = organisers
    .map(
      (o) =>
        `<tr><td>${escapeHtml(o.name)}</td><td>${o.role === 'owner' ? w.owner : w.coOrganiser}</td><td>${
          o.organiserId === page.organiser?.id
            ? ''
            : actionButton(page, {
                action: `${base}/${escapeHtml(o.organiserId)}/remove`,
                label: w.remove,
                kind: 'secondary',
                title: `${w.remove} ${o.name}`,
              })
        }</td></tr>`,
    )
    .join('');
  const pending = invitations.filter((i) => i.status === 'pending');
  const notices: Notice[] = [];
  if (page.query.done === 'invited') notices.push({ kind: 'success', text: w.invited });
  if (page.query.done === 'removed') notices.push({ kind: 'success', text: w.removed });
  if (invite.refused) notices.push({ kind: 'error', text: invite.refused });
  const values = invite.values ?? {};
  return renderPage(page, {
    title: w.title,
    breadcrumbs: communityCrumbs(page, community, w.title),
    notices,
    main: `<div class="fr-table"><table><caption>${w.caption}</caption><thead><tr><th scope="col">${w.name}</th><th scope="col">${w.role}</th><th scope="col">${w.actions}</th></tr></thead><tbody>${rows}</tbody></table></div>
${pending.length ? `<h2>${w.pending}</h2><ul>${pending.map((i) => `<li>${escapeHtml(i.name ?? '')} ${escapeHtml(i.email)}</li>`).join('')}</ul>` : ''}
<h2 class="fr-mt-5w">${w.inviteTitle}</h2><p>${w.inviteIntro}</p>${errorSummary(page, invite.errors, { email: w.email })}${form(page, {
      action: `${base}/invite`,
      submit: w.invite,
      body: `${textInput({ name: 'email', type: 'email', label: w.email, value: values.email, error: invite.errors?.email, required: true, autocomplete: 'off' })}${textInput({ name: 'name', label: w.inviteeName, value: values.name, autocomplete: 'off' })}${languageSelect(page, { name: 'language', label: w.language, value: values.language })}`,
    })}`,
  });
}
