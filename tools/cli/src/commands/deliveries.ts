import type { Api } from '../api-client';
import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { table } from '../output';

export interface FailedDelivery {
  id: string;
  kind: string;
  channel: string;
  address: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

const PAGE = 500;

/** Every failed delivery of the caller's communities, newest first, page by page. */
async function failedDeliveries(api: Api, occurrenceId?: string): Promise<FailedDelivery[]> {
  const all: FailedDelivery[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const filter = occurrenceId ? `&occurrenceId=${occurrenceId}` : '';
    const page = await api.get<{ items: FailedDelivery[]; total: number }>(
      `/deliveries?status=failed&limit=${PAGE}&offset=${offset}${filter}`,
    );
    all.push(...page.items);
    if (all.length >= page.total || !page.items.length) return all;
  }
}

/**
 * Oldest first: the list comes newest first, and messages resent in that order reach people in reverse
 * (a role change before the role it changes).
 */
export function inResendOrder<D extends Pick<FailedDelivery, 'createdAt'>>(failed: D[]): D[] {
  return [...failed].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Lists failed deliveries and, with `--resend`, sends each again; reports those the API refused. */
export async function deliveriesFailed(ctx: Context, options: { resend?: boolean; occurrence?: string }): Promise<number> {
  const { text, out } = ctx;
  const api = ctx.api();
  const failed = await failedDeliveries(api, options.occurrence);
  const rows = () =>
    table(
      text.deliveries.headers,
      failed.map((d) => [d.id, d.kind, d.channel, d.address, String(d.attempts), (d.lastError ?? '').slice(0, 80)]),
    );
  if (!options.resend) {
    out.result({ items: failed, total: failed.length }, () => (failed.length ? rows() : text.deliveries.none));
    return ExitCode.ok;
  }
  const resent: string[] = [];
  const refused: Array<{ id: string; code: string; message: string }> = [];
  for (const d of inResendOrder(failed)) {
    try {
      await api.post(`/deliveries/${d.id}/resend`);
      resent.push(d.id);
    } catch (error) {
      // A refusal of one delivery (sent meanwhile) must not stop the others; an unreachable API does.
      if (!(error instanceof CliError) || error.exitCode !== ExitCode.refused) throw error;
      refused.push({ id: d.id, code: error.code, message: error.message });
      // A read-only or revoked token is refused for every one: say it once.
      if (error.code.startsWith('token-')) throw error;
    }
  }
  out.result({ items: failed, resent, refused }, () => [
    ...(failed.length ? rows() : [text.deliveries.none]),
    text.deliveries.resent(resent.length, refused.length),
    ...refused.map((r) => `  ${r.id}: ${r.message}`),
  ]);
  return refused.length ? ExitCode.partial : ExitCode.ok;
}
