import { ExecutionContext, Injectable } from '@nestjs/common';
import { OrganiserGuard } from '@cercle/platform';

/** Public routes that show more to an organiser: no token passes; a token, when given, must be valid. */
@Injectable()
export class OptionalOrganiserGuard extends OrganiserGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    if (!request.headers['authorization']) return true;
    return super.canActivate(context);
  }
}
