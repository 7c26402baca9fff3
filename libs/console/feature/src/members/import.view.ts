import { escapeHtml } from '@cercle/platform';
import { type HeaderProblem, type MemberInput, rejectionReason, type Rejection } from '@cercle/member-csv';
import { cellCountReason, headerProblemText } from './csv-upload';
import type { CommunityView } from '../communities/community-views';
import { communityCrumbs } from '../communities/community.view';
import { errorSummary, fileInput, form, textArea } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { renderPage } from '../shell/page-shell';
import { importText, withCount } from './import.text';

/** How many members the preview lists (all are imported; the count says how many more). */
const PREVIEW_ROWS = 50;

function crumbs(page: PageContext, community: CommunityView) {
  const w = importText[page.lang];
  return [
    ...communityCrumbs(page, community, w.members).slice(0, -1),
    { label: w.members, href: `/console/communities/${community.id}/members` },
    { label: w.title },
  ];
}

/** The upload form: a file, or its content pasted (both work without JavaScript). */
export function renderImportForm(page: PageContext, community: CommunityView, options: { error?: string; pasted?: string } = {}): string {
  const w = importText[page.lang];
  const errors = options.error ? { file: options.error } : undefined;
  return renderPage(page, {
    title: w.title,
    breadcrumbs: crumbs(page, community),
    main: `${errorSummary(page, errors, { file: w.file })}<p>${w.intro}</p>${form(page, {
      action: `/console/communities/${escapeHtml(community.id)}/members/import`,
      multipart: true,
      submit: w.preview,
      body: `${fileInput({ name: 'file', label: w.file, hint: w.fileHint, accept: '.csv,text/csv', error: options.error })}${textArea({ name: 'csv', label: w.paste, value: options.pasted, rows: 8 })}`,
    })}`,
  });
}

export function headerProblemsText(page: PageContext, problems: HeaderProblem[]): string {
  const w = importText[page.lang];
  const kinds = { unknown: w.unknownColumn, duplicate: w.duplicateColumn, missing: w.missingColumn };
  return `${w.header}${page.lang === 'fr' ? ' :' : ':'} ${problems.map((p) => headerProblemText(p, kinds, page.lang)).join(page.lang === 'fr' ? ' ; ' : '; ')}`;
}

/** What the file would do: members to add, members already there, each rejected line with its reason; and the button. */
export function renderImportPreview(
  page: PageContext,
  community: CommunityView,
  preview: { csv: string; toImport: Array<{ line: number; member: MemberInput }>; skipped: number; rejected: Rejection[] },
): string {
  const w = importText[page.lang];
  const rows = preview.toImport
    .slice(0, PREVIEW_ROWS)
    .map(
      ({ line, member }) =>
        `<tr><td>${line}</td><td>${escapeHtml(member.name)}</td><td>${escapeHtml(member.email)}</td><td>${escapeHtml(member.mattermostUsername ?? '')}</td><td>${escapeHtml(member.language ?? '')}</td></tr>`,
    )
    .join('');
  const more = preview.toImport.length > PREVIEW_ROWS ? `<p>${withCount(w.more, preview.toImport.length - PREVIEW_ROWS)}</p>` : '';
  const rejected = preview.rejected.length
    ? `<h2 class="fr-mt-5w">${w.rejectedTitle}</h2><ul>${preview.rejected
        .map(
          (r) =>
            `<li>${w.line} ${r.line} : ${escapeHtml(r.code === 'cell-count' ? cellCountReason(r, page.lang) : rejectionReason(r, page.lang))}</li>`,
        )
        .join('')}</ul><p>${w.fixAndRetry}</p>`
    : '';
  const table = preview.toImport.length
    ? `<div class="fr-table"><table><caption>${w.caption}</caption><thead><tr><th scope="col">${w.line}</th><th scope="col">${w.name}</th><th scope="col">${w.email}</th><th scope="col">${w.mattermost}</th><th scope="col">${w.language}</th></tr></thead><tbody>${rows}</tbody></table></div>${more}`
    : '';
  const confirm = preview.toImport.length
    ? form(page, {
        action: `/console/communities/${escapeHtml(community.id)}/members/import/confirm`,
        submit: withCount(w.confirm, preview.toImport.length),
        body: `<input type="hidden" name="csv" value="${escapeHtml(preview.csv)}">`,
      })
    : '';
  return renderPage(page, {
    title: w.previewTitle,
    breadcrumbs: crumbs(page, community),
    main: `<ul><li><strong>${preview.toImport.length}</strong> ${w.toImport}</li><li><strong>${preview.skipped}</strong> ${w.skipped}</li><li><strong>${preview.rejected.length}</strong> ${w.rejected}</li></ul>${rejected}${table}${confirm}`,
  });
}
