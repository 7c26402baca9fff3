import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { escapeHtml } from '@cercle/platform';
import { type MemberInput, readMemberLines } from '@cercle/member-csv';
import { ApiError } from '../api/api-error';
import type { CommunityView, MemberView } from '../communities/community-views';
import { communityCrumbs } from '../communities/community.view';
import { communityPath, CommunityParam } from '../http/ids';
import { invalid, reply, startHtml } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { renderPageAround } from '../shell/page-shell';
import { csvOfUpload } from './csv-upload';
import { importText, withCount } from './import.text';
import { headerProblemsText, renderImportForm, renderImportPreview } from './import.view';

/** Members per request to membership: each batch is added all or none, and the page reports after each. */
const BATCH = 50;

type Lines = Array<{ line: number; member: MemberInput }>;

/**
 * Importing members from a CSV: the file is read by @cercle/member-csv (as the CLI reads it), previewed
 * with each rejected line and its reason, then added in batches through membership's API while the page
 * shows the progress as it goes (streamed HTML: no JavaScript needed).
 */
@Controller('console/communities/:communityId/members/import')
export class ImportController {
  @Get()
  async form(@Page() page: SignedInContext, @CommunityParam() communityId: string, @Res() response: Response): Promise<void> {
    reply(response, renderImportForm(page, await page.api.get<CommunityView>('membership', communityPath(communityId))));
  }

  @Post()
  async preview(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Req() request: Request & { file?: { originalname?: string; buffer: Buffer } },
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const w = importText[page.lang];
    const community = await page.api.get<CommunityView>('membership', communityPath(communityId));
    const upload = csvOfUpload({ file: request.file, pasted: body.csv });
    const problems = { nothing: w.nothing, 'empty-file': w.emptyFile, utf16: w.utf16 };
    if (!upload.ok)
      return reply(response, invalid(renderImportForm(page, community, { error: problems[upload.problem], pasted: body.csv })));
    const csv = upload.text;
    const read = readMemberLines(csv);
    if (!read.ok || (!read.members.length && !read.rejected.length)) {
      const error = read.ok ? w.noRows : read.empty ? w.empty : headerProblemsText(page, read.problems);
      return reply(response, invalid(renderImportForm(page, community, { error, pasted: body.csv })));
    }
    const { fresh, skipped } = await this.withoutMembers(page, communityId, read.members);
    reply(response, renderImportPreview(page, community, { csv, toImport: fresh, skipped, rejected: read.rejected }));
  }

  @Post('confirm')
  async confirm(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const w = importText[page.lang];
    const community = await page.api.get<CommunityView>('membership', communityPath(communityId));
    const read = readMemberLines(body.csv ?? '');
    const lines = read.ok ? (await this.withoutMembers(page, communityId, read.members)).fresh : [];
    const membersPage = `/console/communities/${escapeHtml(communityId)}/members`;
    const { top, bottom } = renderPageAround(page, {
      title: w.importing,
      breadcrumbs: communityCrumbs(page, community, w.title),
    });
    startHtml(response);
    response.write(`${top}<ol aria-label="${w.progress}">`);
    let added = 0;
    let stopped = false;
    for (let start = 0; start < lines.length; start += BATCH) {
      const batch = lines.slice(start, start + BATCH);
      try {
        await page.api.post('membership', communityPath(communityId, '/members'), { members: batch.map((l) => l.member) });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        stopped = true;
        break;
      }
      added += batch.length;
      response.write(
        `<li><progress class="console-progress" max="${lines.length}" value="${added}">${added} / ${lines.length}</progress> ${added} / ${lines.length}</li>`,
      );
    }
    const outcome = stopped
      ? `<div class="fr-alert fr-alert--error fr-mt-3w" role="alert"><p>${withCount(w.stopped, added)}</p></div>`
      : `<div class="fr-alert fr-alert--success fr-mt-3w" role="status"><p>${withCount(w.done, added)}</p></div>`;
    response.end(`</ol>${outcome}<p class="fr-mt-3w"><a class="fr-btn" href="${membersPage}">${w.back}</a></p>${bottom}`);
  }

  /** Lines whose email is already a member's are skipped, so the same file can be imported again once fixed. */
  private async withoutMembers(page: SignedInContext, communityId: string, lines: Lines): Promise<{ fresh: Lines; skipped: number }> {
    const existing = new Set(
      (await page.api.get<MemberView[]>('membership', communityPath(communityId, '/members'))).filter((m) => !m.guest).map((m) => m.email),
    );
    const fresh = lines.filter((l) => !existing.has(l.member.email));
    return { fresh, skipped: lines.length - fresh.length };
  }
}
