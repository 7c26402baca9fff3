import { escapeHtml } from '@cercle/platform';
import type { CommunityView, MemberView } from '../communities/community-views';
import { communityCrumbs } from '../communities/community.view';
import { actionButton, errorSummary, type FieldErrors, form, requiredNote } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { type Notice, renderPage } from '../shell/page-shell';
import { memberFields, type MemberFormValues } from './member-form';
import { membersText } from './members.text';
import { shellText } from '../shell/shell-text';

/** Members whose name, email or Mattermost username contains the search, case and accents aside. */
export function searchMembers(members: MemberView[], search: string): MemberView[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const wanted = fold(search.trim());
  if (!wanted) return members;
  return members.filter((m) => [m.name, m.email, m.mattermostUsername ?? ''].some((field) => fold(field).includes(wanted)));
}

const NOTICES = ['added', 'saved', 'deactivated', 'reactivated'] as const;

/** The members table with its search, one edit link and one (de)activation button per row, and the add form. */
export function renderMembersPage(
  page: PageContext,
  community: CommunityView,
  members: MemberView[],
  add: { values?: Partial<MemberFormValues>; errors?: FieldErrors } = {},
): string {
  const w = membersText[page.lang];
  const search = page.query.q ?? '';
  const shown = searchMembers(
    members.filter((m) => !m.erasedAt),
    search,
  );
  const base = `/console/communities/${escapeHtml(community.id)}/members`;
  const rows = shown
    .map((m) => {
      const toggle = actionButton(page, {
        action: `${base}/${escapeHtml(m.id)}/active`,
        label: m.active ? w.deactivate : w.reactivate,
        kind: 'secondary',
        fields: { active: m.active ? 'false' : 'true', q: search },
        title: `${m.active ? w.deactivate : w.reactivate} ${m.name}`,
      });
      return `<tr><td>${escapeHtml(m.name)}</td><td>${escapeHtml(m.email)}</td><td>${escapeHtml(m.mattermostUsername ?? '')}</td><td>${m.language === 'en' ? shellText[page.lang].english : shellText[page.lang].french}</td><td>${m.active ? w.active : w.inactive}${m.guest ? `<br><span class="fr-text--xs">${w.guest}</span>` : ''}</td><td><a class="fr-link" href="${base}/${escapeHtml(m.id)}/edit" title="${w.edit} ${escapeHtml(m.name)}">${w.edit}</a> ${toggle}</td></tr>`;
    })
    .join('');
  const notice = NOTICES.find((key) => page.query.done === key);
  const notices: Notice[] = notice ? [{ kind: 'success', text: w[notice] }] : [];
  const searchForm = `<form method="get" action="${base}" role="search" class="fr-mb-3w"><div class="fr-search-bar" id="member-search"><label class="fr-label" for="q">${w.search}</label><input class="fr-input" type="search" id="q" name="q" value="${escapeHtml(search)}" placeholder="${w.searchHint}"><button type="submit" class="fr-btn" title="${w.searchButton}">${w.searchButton}</button></div></form>`;
  const table = shown.length
    ? `<div class="fr-table fr-table--no-caption"><table><caption>${w.caption}</caption><thead><tr><th scope="col">${w.name}</th><th scope="col">${w.email}</th><th scope="col">${w.mattermostUsername}</th><th scope="col">${w.language}</th><th scope="col">${w.status}</th><th scope="col">${w.actions}</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : `<p>${w.none}</p>`;
  return renderPage(page, {
    title: `${w.title} — ${community.name}`,
    breadcrumbs: communityCrumbs(page, community, w.title),
    notices,
    main: `${searchForm}<p role="status">${shown.length} ${w.shown} ${members.filter((m) => !m.erasedAt).length}</p>${table}
<p><a class="fr-link" href="${base}/import">${w.import}</a></p>
<h2 class="fr-mt-5w" id="add">${w.addTitle}</h2>${errorSummary(page, add.errors, { name: w.name, email: w.email, mattermostUsername: w.mattermostUsername })}${requiredNote(page)}${form(page, { action: base, submit: w.add, body: memberFields(page, add.values ?? {}, add.errors) })}`,
  });
}

/** One member's edit form. */
export function renderMemberEditPage(
  page: PageContext,
  community: CommunityView,
  member: MemberView,
  edit: { values?: Partial<MemberFormValues>; errors?: FieldErrors } = {},
): string {
  const w = membersText[page.lang];
  const values = edit.values ?? {
    name: member.name,
    email: member.email,
    mattermostUsername: member.mattermostUsername ?? '',
    language: member.language,
  };
  return renderPage(page, {
    title: `${w.editOf} ${member.name}`,
    breadcrumbs: [
      ...communityCrumbs(page, community, w.title).slice(0, -1),
      { label: w.title, href: `/console/communities/${community.id}/members` },
      { label: member.name },
    ],
    main: `${errorSummary(page, edit.errors, { name: w.name, email: w.email, mattermostUsername: w.mattermostUsername })}${requiredNote(page)}${form(
      page,
      {
        action: `/console/communities/${escapeHtml(community.id)}/members/${escapeHtml(member.id)}/edit`,
        submit: w.save,
        body: memberFields(page, values, edit.errors),
      },
    )}`,
  });
}
