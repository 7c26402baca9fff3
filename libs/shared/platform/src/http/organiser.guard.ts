import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken } from './known-token.entity';
import { hashApiToken } from './token-hash';

export interface OrganiserPrincipal {
  organiserId: string;
  organiserName: string;
}

/** Organiser endpoints need `Authorization: Bearer <api token>`; the token is checked by its hash. */
@Injectable()
export class OrganiserGuard implements CanActivate {
  constructor(private readonly em: EntityManager) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const header = String(request.headers['authorization'] ?? '');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('An organiser API token is required (Authorization: Bearer <token>)');
    const known = await this.em.fork().findOne(KnownToken, { tokenHash: hashApiToken(match[1]), revokedAt: null });
    if (!known) throw new UnauthorizedException('Unknown or revoked API token');
    request.organiser = { organiserId: known.organiserId, organiserName: known.organiserName } satisfies OrganiserPrincipal;
    return true;
  }
}
