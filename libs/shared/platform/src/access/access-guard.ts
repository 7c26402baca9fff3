import {
  BadRequestException,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { timingSafeEqual } from 'node:crypto';
import { AccessRule, accessRuleFor, Locator, ServiceName } from '@cercle/contracts';
import { SERVICE_CONFIG } from '../config/service-config';
import { missingJsonBody } from '../http/zod-pipe';
import { isUuid } from '../http/uuid-param';
import { ACCESS_RESOLVERS, AccessResolvers, communityItself } from './access-resolvers';
import { roleIn } from './community-organiser.entity';
import { authenticateOrganiser, bearerToken, OrganiserPrincipal } from './organiser-principal';
import { routeKeyOf } from './route-inventory';

export const ACCESS_SERVICE = Symbol('ACCESS_SERVICE');

/** What the guard leaves on the request for the handlers (and the audit log) to read. */
export interface AccessContext {
  organiser?: OrganiserPrincipal;
  /** The community the route acts in, for `community` rules. */
  communityId?: string;
}

/**
 * Applies the access table to every request of the service (registered as the global guard). Someone
 * else's resource answers 404, exactly as one that does not exist, so ids cannot be probed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly em: EntityManager,
    @Inject(ACCESS_SERVICE) private readonly service: ServiceName,
    @Inject(ACCESS_RESOLVERS) private readonly resolvers: AccessResolvers,
    @Inject(SERVICE_CONFIG) private readonly config: { ADMIN_TOKEN?: string; CONSOLE_SECRET?: string },
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const key = routeKeyOf(context.getClass(), context.getHandler());
    const rule = key ? accessRuleFor(this.service, key) : undefined;
    // Unreachable once started (AccessCoverage refuses to start without a rule for every route): fail closed.
    if (!rule) throw new ForbiddenException(`No access rule for ${key ?? 'this route'}`);
    const request = context.switchToHttp().getRequest();
    switch (rule.kind) {
      case 'open':
      case 'signed-link':
      case 'chat':
        return true;
      case 'admin':
        return this.checkAdmin(bearerToken(request.headers['authorization']));
      case 'console':
        return this.checkConsole(bearerToken(request.headers['authorization']));
      case 'organiser':
        if (rule.optional && !request.headers['authorization']) return true;
        request.organiser = await this.authenticate(request);
        return true;
      case 'community':
        request.organiser = await this.authenticate(request);
        return this.checkCommunity(request, rule);
    }
  }

  private isAdminToken(token: string | null): boolean {
    return sameSecret(token, this.config.ADMIN_TOKEN);
  }

  private checkAdmin(token: string | null): boolean {
    if (this.isAdminToken(token)) return true;
    throw new UnauthorizedException({
      statusCode: 401,
      code: 'admin-token-required',
      message: 'Creating an organiser needs the ADMIN_TOKEN (Authorization: Bearer <ADMIN_TOKEN>)',
    });
  }

  /** Unset CONSOLE_SECRET: no caller is the console (OpenID Connect sign-in is off). */
  private checkConsole(token: string | null): boolean {
    if (sameSecret(token, this.config.CONSOLE_SECRET)) return true;
    throw new UnauthorizedException({
      statusCode: 401,
      code: 'console-secret-required',
      message: 'Only the console may call this route (Authorization: Bearer <CONSOLE_SECRET>)',
    });
  }

  private async authenticate(request: { method: string; headers: Record<string, unknown> }): Promise<OrganiserPrincipal> {
    const token = bearerToken(request.headers['authorization']);
    if (!token) {
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'token-required',
        message: 'An organiser API token is required (Authorization: Bearer <token>)',
      });
    }
    if (this.isAdminToken(token)) {
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'admin-token',
        message: 'The admin token only creates organisers (POST /organisers); use an organiser API token here',
      });
    }
    const principal = await authenticateOrganiser(this.em.fork(), token, new Date());
    if (principal.readOnly && !['GET', 'HEAD'].includes(request.method)) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'token-read-only',
        message: 'This API token is read-only: it may only read (GET)',
      });
    }
    return principal;
  }

  private async checkCommunity(
    request: AccessContext & { body?: unknown } & Record<string, unknown>,
    rule: Extract<AccessRule, { kind: 'community' }>,
  ): Promise<boolean> {
    if (rule.locator.from === 'body' && request.body === undefined && !rule.locator.optional) throw missingJsonBody();
    const id = locate(request, rule.locator);
    if (id === undefined || id === null) {
      if (rule.locator.optional) return true;
      throw new BadRequestException({ statusCode: 400, code: 'invalid-id', message: `${rule.locator.key}: required` });
    }
    if (!isUuid(id)) {
      throw new BadRequestException({ statusCode: 400, code: 'invalid-id', message: `${rule.locator.key}: must be a UUID` });
    }
    const em = this.em.fork();
    const resolve = rule.resource === 'community' ? communityItself : this.resolvers[rule.resource];
    if (!resolve) throw new ForbiddenException(`No way to find the community of a ${rule.resource}`);
    const communityId = await resolve(em, id);
    const role = communityId ? await roleIn(em, request.organiser!.organiserId, communityId) : null;
    if (!role)
      throw new NotFoundException({
        statusCode: 404,
        code: `${rule.resource}-not-found`,
        message: `${rule.resource} ${id} does not exist`,
      });
    if (rule.owner && role !== 'owner') {
      throw new ForbiddenException({ statusCode: 403, code: 'owner-only', message: 'Only an owner of this community can do this' });
    }
    request.communityId = communityId!;
    return true;
  }
}

/** Constant-time comparison, so the time an answer takes tells nothing about how much of a secret was right. */
function sameSecret(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const REQUEST_PART = { param: 'params', query: 'query', body: 'body' } as const;

function locate(request: Record<string, unknown>, locator: Locator): unknown {
  const source = request[REQUEST_PART[locator.from]] as Record<string, unknown> | undefined;
  return source && typeof source === 'object' ? source[locator.key] : undefined;
}
