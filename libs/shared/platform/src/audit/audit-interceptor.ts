import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { concatMap, Observable } from 'rxjs';
import { accessRuleFor, PayloadOf, ServiceName } from '@cercle/contracts';
import { LOGGER, Logger } from '../logging/logger';
import { Outbox } from '../messaging/outbox';
import { ACCESS_SERVICE, AccessContext } from '../access/access-guard';
import { routeKeyOf } from '../access/route-inventory';
import { isUuid } from '../http/uuid-param';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The id a creation answered with: its own `id`, or that of the first object it names (`{ series, occurrence }`). */
export function createdIdOf(answer: unknown): string | null {
  const idOf = (value: unknown) => {
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    return isUuid(id) ? id : null;
  };
  if (!answer || typeof answer !== 'object') return null;
  return (
    idOf(answer) ??
    Object.values(answer)
      .map(idOf)
      .find((id) => id !== null) ??
    null
  );
}

interface AuditedRequest extends AccessContext {
  method: string;
  params?: Record<string, string>;
}

/**
 * Records every successful organiser write of the service (a route whose rule is an organiser or a
 * community rule; not signed-link pages, not the admin route) as `organiser.action-recorded` for
 * membership's audit log. It is written in its own small transaction after the use case committed and
 * before the answer leaves, so an organiser who saw a success can find it in the log.
 *
 * A write that fails (the use case throws, 4xx or 5xx) is not recorded: the log says what organisers
 * changed, and a refused write changed nothing. The request body is never recorded (people's personal
 * data); the route params are ids and dates.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(ACCESS_SERVICE) private readonly service: Exclude<ServiceName, 'console'>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = context.getType() === 'http' ? this.auditedAction(context) : null;
    if (!action) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<AuditedRequest>();
    const response = http.getResponse<{ statusCode: number }>();
    return next.handle().pipe(
      concatMap(async (value) => {
        await this.record(request, action, response.statusCode, request.method === 'POST' ? createdIdOf(value) : null);
        return value;
      }),
    );
  }

  /** The route pattern of an organiser write (`POST /occurrences/:occurrenceId/cancel`), or null. */
  private auditedAction(context: ExecutionContext): string | null {
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    // The guard sets `organiser` only on organiser and community rules: an optional route called without a
    // token, a signed link or the admin route has none.
    if (!WRITES.has(request.method) || !request.organiser) return null;
    const key = routeKeyOf(context.getClass(), context.getHandler());
    const rule = key ? accessRuleFor(this.service, key) : undefined;
    return rule && (rule.kind === 'organiser' || rule.kind === 'community') ? key : null;
  }

  private async record(request: AuditedRequest, action: string, status: number, resourceId: string | null): Promise<void> {
    const organiser = request.organiser!;
    const payload: PayloadOf<'organiser.action-recorded'> = {
      organiserId: organiser.organiserId,
      organiserName: organiser.organiserName,
      tokenId: organiser.tokenId,
      communityId: request.communityId ?? null,
      service: this.service,
      action,
      params: { ...(request.params ?? {}) },
      resourceId,
      status,
      at: new Date().toISOString(),
    };
    try {
      await this.em.fork().transactional(async (em) => {
        this.outbox.publish(em, 'organiser.action-recorded', payload);
      });
    } catch (error) {
      // The write itself is committed: answering 500 now would invite a retry of something already done.
      this.logger.error({ err: error, action }, 'audit entry not recorded');
    }
  }
}
