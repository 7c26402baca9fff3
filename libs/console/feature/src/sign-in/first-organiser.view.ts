import { escapeHtml } from '@cercle/platform';
import { errorSummary, type FieldErrors, form, requiredNote, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { renderPage } from '../shell/page-shell';
import { firstOrganiserText } from './first-organiser.text';

export interface FirstOrganiserForm {
  name?: string;
  email?: string;
}

/** The form: the admin token (never shown again, even after an error), a name, an email. */
export function renderFirstOrganiserPage(page: PageContext, values: FirstOrganiserForm = {}, errors?: FieldErrors): string {
  const w = firstOrganiserText[page.lang];
  return renderPage(page, {
    title: w.title,
    breadcrumbs: [{ label: w.crumb, href: '/console/sign-in' }, { label: w.title }],
    main: `${errorSummary(page, errors, { adminToken: w.adminToken, name: w.name, email: w.email })}<p>${w.intro}</p>${requiredNote(page)}${form(
      page,
      {
        action: '/console/first-organiser',
        submit: w.submit,
        body: [
          textInput({
            name: 'adminToken',
            type: 'password',
            label: w.adminToken,
            hint: w.adminTokenHint,
            error: errors?.adminToken,
            autocomplete: 'off',
            required: true,
          }),
          textInput({
            name: 'name',
            label: w.name,
            hint: w.nameHint,
            value: values.name,
            error: errors?.name,
            autocomplete: 'name',
            required: true,
          }),
          textInput({
            name: 'email',
            type: 'email',
            label: w.email,
            hint: w.emailHint,
            value: values.email,
            error: errors?.email,
            autocomplete: 'email',
            required: true,
          }),
        ].join(''),
      },
    )}`,
  });
}

/** The account exists and its sign-in link is on its way; its first API token is shown this once. */
export function renderFirstOrganiserDonePage(page: PageContext, created: { name: string; email: string; token: string }): string {
  const w = firstOrganiserText[page.lang];
  const done = escapeHtml(w.done)
    .replace('{name}', escapeHtml(created.name))
    .replace('{email}', `<strong>${escapeHtml(created.email)}</strong>`);
  return renderPage(page, {
    title: w.doneTitle,
    breadcrumbs: [{ label: w.crumb, href: '/console/sign-in' }, { label: w.doneTitle }],
    notices: [],
    main: `<p>${done}</p><div class="fr-callout fr-mb-3w"><h2 class="fr-callout__title">${w.tokenTitle}</h2><p class="fr-callout__text">${w.token}</p><p><code class="console-secret">${escapeHtml(created.token)}</code></p></div><p><a class="fr-link" href="/console/sign-in">${w.signIn}</a></p>`,
  });
}
