import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

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
