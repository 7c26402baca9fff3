import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { ServicesApi } from '../api/services-api';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../console.config';
import { invalid, reply } from '../http/page-result';
import type { FieldErrors } from '../shell/forms';
import { AnyPage, type PageContext, PublicPage } from '../shell/page-context';
import { firstOrganiserText } from './first-organiser.text';
import { renderFirstOrganiserDonePage, renderFirstOrganiserPage } from './first-organiser.view';

const fields = {
  adminToken: z.string().trim().min(1).max(500),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(320),
};

/**
 * An organiser account created from the browser with the installation's ADMIN_TOKEN (what `curl -X POST
 * /organisers` did): membership's admin route checks the token; the console then asks for a sign-in
 * link, so the account's owner signs in by their mailbox, not by the admin token.
 */
@Controller('console/first-organiser')
export class FirstOrganiserController {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  @Get()
  @PublicPage()
  form(@AnyPage() page: PageContext, @Res() response: Response): void {
    reply(response, renderFirstOrganiserPage(page));
  }

  @Post()
  @PublicPage()
  async create(@AnyPage() page: PageContext, @Body() body: Record<string, string>, @Res() response: Response): Promise<void> {
    const w = firstOrganiserText[page.lang];
    const values = { name: body.name, email: body.email };
    const adminToken = fields.adminToken.safeParse(body.adminToken ?? '');
    const name = fields.name.safeParse(body.name ?? '');
    const email = fields.email.safeParse(body.email ?? '');
    const errors: FieldErrors = {};
    if (!adminToken.success) errors.adminToken = w.adminTokenMissing;
    if (!name.success) errors.name = w.nameMissing;
    if (!email.success) errors.email = w.emailInvalid;
    if (!adminToken.success || !name.success || !email.success)
      return reply(response, invalid(renderFirstOrganiserPage(page, values, errors)));

    let token: string;
    try {
      const admin = new ServicesApi(ServicesApi.bases(this.config), adminToken.data);
      ({ token } = await admin.post<{ token: string }>('membership', '/organisers', { name: name.data, email: email.data }));
    } catch (error) {
      const refused = error instanceof ApiError ? refusal(error.status, w) : undefined;
      if (!refused) throw error;
      return reply(response, invalid(renderFirstOrganiserPage(page, values, refused)));
    }
    // Anyone may ask for a link (the same answer for any email); a refusal here (too many asks) still
    // leaves the account made, and the sign-in page can send a link later.
    await page.api.post('membership', '/organisers/sign-in-links', { email: email.data, language: page.lang }).catch(() => undefined);
    reply(response, renderFirstOrganiserDonePage(page, { name: name.data, email: email.data, token }));
  }
}

/** What membership's refusal means for the form: a wrong admin token, or an email already taken. */
function refusal(status: number, w: Record<string, string>): FieldErrors | undefined {
  if (status === 401) return { adminToken: w.adminTokenWrong };
  if (status === 409) return { email: w.emailTaken };
  return undefined;
}
