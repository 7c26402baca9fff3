import { escapeHtml } from '@cercle/platform';
import { crumbs } from '../shell/breadcrumbs';
import { errorSummary, FieldErrors, form, languageSelect, requiredNote, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { renderPage } from '../shell/page-shell';
import { communitiesText } from './communities.text';
import type { CommunityView } from './community-views';

export interface CreateCommunityForm {
  values?: { name?: string; defaultLanguage?: string };
  errors?: FieldErrors;
}

/** The organiser's communities and the form to create one. */
export function renderCommunitiesPage(page: PageContext, communities: CommunityView[], create: CreateCommunityForm = {}): string {
  const w = communitiesText[page.lang];
  const rows = communities
    .map(
      (c) =>
        `<tr><td><a href="/console/communities/${escapeHtml(c.id)}">${escapeHtml(c.name)}</a></td><td>${c.role === 'owner' ? w.owner : w.coOrganiser}</td><td>${c.mattermostChannelId ? `<code>${escapeHtml(c.mattermostChannelId)}</code>` : w.noChannel}</td></tr>`,
    )
    .join('');
  const table = communities.length
    ? `<div class="fr-table"><table><caption>${w.tableCaption}</caption><thead><tr><th scope="col">${w.name}</th><th scope="col">${w.role}</th><th scope="col">${w.channel}</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : `<p>${w.none}</p>`;
  const values = create.values ?? {};
  return renderPage(page, {
    title: w.title,
    breadcrumbs: crumbs(page.lang, [{ label: w.title }]),
    notices: page.query.done === 'created' ? [{ kind: 'success', text: w.created }] : [],
    main: `${table}<h2 class="fr-mt-5w" id="create">${w.createTitle}</h2>${errorSummary(page, create.errors, { name: w.name })}${requiredNote(page)}${form(
      page,
      {
        action: '/console/communities',
        submit: w.create,
        body: `${textInput({ name: 'name', label: w.name, hint: w.nameHint, value: values.name, error: create.errors?.name, required: true })}${languageSelect(page, { name: 'defaultLanguage', label: w.language, hint: w.languageHint, value: values.defaultLanguage })}`,
      },
    )}`,
  });
}
