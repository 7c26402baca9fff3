import { Api } from '../api-client';
import { readConfig, writeConfig } from '../config';
import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { tokenAccepted } from './wait-for-services';

export interface InitOptions {
  apiUrl?: string;
  adminToken?: string;
  name: string;
  email?: string;
  force?: boolean;
}

const DEFAULT_API_URL = 'http://127.0.0.1:3000';

type Created = { organiserId: string; email: string | null; token: string };

/**
 * A new organiser; with --force and the email of one who already exists (they revoked or lost their last
 * token), a new token for them instead, through the admin-only recovery route.
 */
async function createOrRecover(admin: Api, options: InitOptions): Promise<Created> {
  try {
    return await admin.post<Created>('/organisers', { name: options.name, ...(options.email ? { email: options.email } : {}) });
  } catch (error) {
    if (!(options.force && options.email && error instanceof CliError && error.code === 'organiser-email-taken')) throw error;
    return admin.post<Created>('/organisers/recovery', { email: options.email });
  }
}

/** Creates the first organiser with the admin token and keeps their API token in the user's configuration. */
export async function init(ctx: Context, options: InitOptions): Promise<void> {
  const { text, out } = ctx;
  const existing = readConfig(ctx.configFile);
  // Replacing the file would lose the token it holds (shown once by the API): only when asked.
  if (existing.state === 'ok' && !options.force) {
    throw new CliError(
      text.errors.alreadyInitialised(ctx.configFile, existing.config.organiserName ?? existing.config.apiUrl),
      ExitCode.usage,
      'already-initialised',
    );
  }
  const adminToken = options.adminToken ?? process.env.CERCLE_ADMIN_TOKEN;
  if (!adminToken) throw new CliError(text.errors.adminTokenMissing, ExitCode.usage, 'admin-token-missing');
  const apiUrl = (options.apiUrl ?? process.env.CERCLE_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const admin = new Api(apiUrl, adminToken, text);
  const created = await createOrRecover(admin, options);
  writeConfig(ctx.configFile, { apiUrl, token: created.token, organiserId: created.organiserId, organiserName: options.name });
  out.note(text.init.created(options.name, created.organiserId));
  out.note(text.init.waiting);
  const accepted = await tokenAccepted(admin.withToken(created.token));
  if (!accepted) out.note(text.init.notYetAccepted);
  out.result(
    {
      organiserId: created.organiserId,
      name: options.name,
      email: created.email,
      apiUrl,
      configFile: ctx.configFile,
      tokenAccepted: accepted,
    },
    () => [text.init.saved(ctx.configFile), text.init.next],
  );
}
