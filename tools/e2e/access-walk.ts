import { accessTable, AccessRule, RouteKey, ServiceName } from '@cercle/contracts';
import { ApiError, CercleApi } from '../demo/src/api-client';

export interface WalkResult {
  route: string;
  status: number;
  code: string | null;
  expectedCode: string;
}

/** Values for the path parameters that are not the resource a route is checked on. */
const OTHER_PARAMS: Record<string, string> = { kind: 'announcement', language: 'fr', date: '2031-01-15' };

/**
 * Calls every `community` route of the access table as `stranger`, with another community's ids
 * (`ids`, by parameter name: communityId, seriesId, occurrenceId…), and returns what each answered.
 * The body is whatever the route's locator needs and nothing else: the access check comes before any
 * validation, so a stranger learns nothing even from a malformed request.
 */
export async function walkAsStranger(stranger: CercleApi, ids: Record<string, string>): Promise<WalkResult[]> {
  const results: WalkResult[] = [];
  for (const service of ['membership', 'events', 'notifications'] as ServiceName[]) {
    for (const [key, rule] of Object.entries(accessTable[service]) as Array<[RouteKey, AccessRule]>) {
      if (rule.kind !== 'community') continue;
      const [method, pattern] = key.split(' ');
      const value = (name: string) => {
        const found = ids[name] ?? OTHER_PARAMS[name];
        if (!found) throw new Error(`${key}: the walk has no value for :${name}; add one to the ids it is given`);
        return found;
      };
      let path = pattern.replace(/:(\w+)/g, (_, name: string) => value(name));
      let body: Record<string, string> | undefined = method === 'GET' || method === 'DELETE' ? undefined : {};
      if (rule.locator.from === 'query') path += `?${rule.locator.key}=${value(rule.locator.key)}`;
      if (rule.locator.from === 'body') body = { [rule.locator.key]: value(rule.locator.key) };
      const answer = await stranger.request(method, path, body).then(
        () => ({ status: 200, code: null }),
        (error: unknown) => {
          if (!(error instanceof ApiError)) throw error;
          return { status: error.status, code: (error.body as { code?: string } | null)?.code ?? null };
        },
      );
      results.push({ route: key, ...answer, expectedCode: `${rule.resource}-not-found` });
    }
  }
  return results;
}
