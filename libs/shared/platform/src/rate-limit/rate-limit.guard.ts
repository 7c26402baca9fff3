import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';

/**
 * The rate limits of rate-limits.ts as a global guard, registered before the access guard so that
 * guessing tokens or signed links is limited before any of them is looked up. Answers 429 with a plain
 * `Retry-After` (seconds) and a message saying when to come back.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(seconds));
    throw new HttpException(
      { statusCode: HttpStatus.TOO_MANY_REQUESTS, message: `Too many requests: retry in ${seconds} s` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
