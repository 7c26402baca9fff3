import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { accessRuleFor, ServiceName } from '@cercle/contracts';
import { ACCESS_SERVICE } from './access-guard';
import { ACCESS_RESOLVERS, AccessResolvers } from './access-resolvers';
import { listRoutes } from './route-inventory';

/**
 * Refuses to start a service that serves a route the access table does not list, or a `community` rule
 * whose resource the service cannot trace to a community: a route without its rule never goes live.
 */
@Injectable()
export class AccessCoverage implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(ACCESS_SERVICE) private readonly service: ServiceName,
    @Inject(ACCESS_RESOLVERS) private readonly resolvers: AccessResolvers,
  ) {}

  onApplicationBootstrap(): void {
    const problems: string[] = [];
    for (const key of listRoutes(this.discovery, this.scanner)) {
      const rule = accessRuleFor(this.service, key);
      if (!rule) problems.push(`${key} has no row in the access table (libs/shared/contracts/src/access/access-table.ts)`);
      else if (rule.kind === 'community' && rule.resource !== 'community' && !this.resolvers[rule.resource]) {
        problems.push(`${key}: ${this.service} has no resolver from a ${rule.resource} to its community`);
      }
    }
    if (problems.length) throw new Error(`Access rules missing in ${this.service}:\n  - ${problems.join('\n  - ')}`);
  }
}
