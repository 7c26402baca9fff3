import type { ConsoleConfig } from '../console.config';
import { ApiError, ServiceUnavailableError } from './api-error';

export type ServiceName = 'membership' | 'events' | 'notifications';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The console's only way to the data: the services' HTTP APIs, called as the signed-in organiser
 * (their token as Bearer), so every access rule of the services applies to the console too.
 */
export class ServicesApi {
  constructor(
    private readonly bases: Record<ServiceName, string>,
    private readonly token: string | null,
  ) {}

  static bases(config: ConsoleConfig): Record<ServiceName, string> {
    return { membership: config.MEMBERSHIP_URL, events: config.EVENTS_URL, notifications: config.NOTIFICATIONS_URL };
  }

  get<T>(service: ServiceName, path: string): Promise<T> {
    return this.call<T>('GET', service, path);
  }

  post<T>(service: ServiceName, path: string, body: unknown = {}): Promise<T> {
    return this.call<T>('POST', service, path, body);
  }

  put<T>(service: ServiceName, path: string, body: unknown = {}): Promise<T> {
    return this.call<T>('PUT', service, path, body);
  }

  patch<T>(service: ServiceName, path: string, body: unknown = {}): Promise<T> {
    return this.call<T>('PATCH', service, path, body);
  }

  delete<T>(service: ServiceName, path: string): Promise<T> {
    return this.call<T>('DELETE', service, path);
  }

  async call<T>(method: Method, service: ServiceName, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.bases[service].replace(/\/+$/, '')}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ServiceUnavailableError(service, error);
    }
    const text = await response.text();
    const json = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const error = (json ?? {}) as { code?: string; message?: unknown; issues?: ApiError['issues']; details?: unknown };
      const message = Array.isArray(error.message) ? error.message.join('; ') : String(error.message ?? response.statusText);
      throw new ApiError(response.status, error.code ?? `http-${response.status}`, message, error.issues ?? [], error.details);
    }
    return json as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
