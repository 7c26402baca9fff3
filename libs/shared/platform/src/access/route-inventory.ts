import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { routeKey, RouteKey } from '@cercle/contracts';

// Asked by the rate limits, the access guard and the audit on every request: the metadata never changes.
const keys = new WeakMap<object, RouteKey | null>();

/** The access-table key of one controller method (`GET /occurrences/:occurrenceId`), or null if it is not a route. */
export function routeKeyOf(controller: object, handler: object): RouteKey | null {
  if (!keys.has(handler)) keys.set(handler, readRouteKey(controller, handler));
  return keys.get(handler)!;
}

function readRouteKey(controller: object, handler: object): RouteKey | null {
  const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
  const path: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
  if (method === undefined || path === undefined) return null;
  const base: string | string[] = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
  return routeKey(RequestMethod[method], `${[base].flat()[0]}/${[path].flat()[0]}`);
}

/** Every route the controllers of a running application declare, read from NestJS's own metadata. */
export function listRoutes(discovery: DiscoveryService, scanner: MetadataScanner): RouteKey[] {
  const keys: RouteKey[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as { prototype: Record<string, unknown> } | null;
    if (!controller) continue;
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const key = routeKeyOf(controller, controller.prototype[name] as object);
      if (key) keys.push(key);
    }
  }
  return keys;
}
