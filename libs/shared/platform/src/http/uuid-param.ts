import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID in its text form (any version, as NestJS's ParseUUIDPipe accepts). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A path parameter that must be a UUID, refused with its name and the same `invalid-id` code as the
 * access guard's (NestJS's own pipe says "Validation failed (uuid is expected)" without naming it).
 */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new BadRequestException({ statusCode: 400, code: 'invalid-id', message: `${name}: must be a UUID` }),
    }),
  );
}
