import { ArgumentMetadata, BadRequestException, PipeTransform } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod';

/** A request whose body Express did not parse: sent as another content type, or not sent at all. */
export function missingJsonBody(): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'A JSON body is required (Content-Type: application/json)',
    issues: [{ path: '', message: 'a JSON body is required', code: 'missing_body' }],
  });
}

/** Parses a body or query once at the edge; 400 lists every offending field path, nothing is written. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.infer<S> {
    // Express parses JSON and form bodies only: any other content type arrives as no body at all.
    if (metadata?.type === 'body' && value === undefined) throw missingJsonBody();
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request',
      issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, code: issue.code })),
    });
  }
}

/** Documents a body in OpenAPI from the same zod schema that validates it. */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as any });
}
