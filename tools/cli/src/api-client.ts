import { CliError, ExitCode } from './exit-codes';
import type { Text } from './text/text';

/** What the services answer on a refusal (see the platform's error filter and ZodPipe). */
export interface ApiErrorBody {
  statusCode?: number;
  code?: string;
  message?: string | string[];
  issues?: Array<{ path: string; message: string }>;
}

const TIMEOUT_MS = 20_000;

/**
 * The public HTTP API, as the gateway serves it, with the organiser token. Every failure becomes a
 * CliError with the exit code of its class: refused (4xx), unreachable (network, timeout, 5xx).
 */
export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null,
    private readonly text: Text,
  ) {}

  withToken(token: string): Api {
    return new Api(this.baseUrl, token, this.text);
  }

  get<T = any>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  /** Any HTTP answer with its status, refusals and server errors included; throws only when unreachable. */
  async status(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const url = `${this.baseUrl.replace(/\/+$/, '')}${path}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const reason = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new CliError(this.text.errors.unreachable(this.baseUrl, String(reason)), ExitCode.unreachable, 'unreachable', { url });
    }
    const raw = await res.text();
    try {
      return { status: res.status, body: raw ? JSON.parse(raw) : null };
    } catch {
      // not JSON (a proxy's error page): keep the start of the text
      return { status: res.status, body: raw.slice(0, 200) };
    }
  }

  /** The answer's body; a refusal (4xx) or a server error (5xx) becomes a CliError of its class. */
  async request<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: parsed } = await this.status(method, path, body);
    if (status >= 200 && status < 300) return parsed as T;
    const answer: ApiErrorBody = parsed && typeof parsed === 'object' ? (parsed as ApiErrorBody) : { message: String(parsed ?? '') };
    const code = answer.code ?? `http-${status}`;
    const details = { status, code, message: answer.message ?? null, issues: answer.issues ?? [] };
    if (status >= 500)
      throw new CliError(this.text.errors.serverError(status, messageOf(answer)), ExitCode.unreachable, 'server-error', details);
    throw new CliError(this.text.errors.refused(status, code, messageOf(answer), answer.issues ?? []), ExitCode.refused, code, details);
  }
}

function messageOf(answer: ApiErrorBody): string {
  return Array.isArray(answer.message) ? answer.message.join('; ') : (answer.message ?? '');
}
