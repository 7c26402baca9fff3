import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { OrganiserPrincipal } from './organiser-principal';

/** The organiser the AccessGuard authenticated (undefined on a public route called without a token). */
export const CurrentOrganiser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): OrganiserPrincipal | undefined => context.switchToHttp().getRequest().organiser,
);
