import { accessTable } from './access-table';
import { AccessRule, routeKey } from './access-rules';
import { publicRoutes, serviceForPath } from '../public-routes';

const rows = Object.entries(accessTable).flatMap(([service, routes]) =>
  Object.entries(routes as Record<string, AccessRule>).map(([key, rule]) => ({ service, key, rule })),
);

describe('the access table', () => {
  it.each(rows.filter((r) => r.rule.kind === 'community' && r.rule.locator.from === 'param'))(
    '$key reads its resource from a parameter the route has',
    ({ key, rule }) => {
      const locator = (rule as Extract<AccessRule, { kind: 'community' }>).locator;
      expect(key.split(' ')[1].split('/')).toContain(`:${locator.key}`);
    },
  );

  it.each(rows.filter((r) => r.service !== 'every'))(
    '$key is served by the service the gateway sends it to ($service)',
    ({ service, key }) => {
      expect(serviceForPath(key.split(' ')[1])).toBe(service);
    },
  );

  it('writes every key the way routeKey normalises a route', () => {
    for (const { key } of rows) {
      const [method, path] = key.split(' ');
      expect(routeKey(method.toLowerCase(), `${path}/`)).toBe(key);
    }
  });

  it('has a first path segment for every service the gateway knows', () => {
    expect(
      Object.keys(accessTable)
        .filter((s) => s !== 'every')
        .sort(),
    ).toEqual(Object.keys(publicRoutes).sort());
  });
});
