import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** The path of the first string holding a NUL character, or null when there is none. */
function pathOfNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = pathOfNul(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Refuses the NUL character (U+0000) in every body, query and path parameter of every route (a global
 * pipe): PostgreSQL cannot store it in text, and without this it surfaced as a database error, a 500
 * and a log line quoting the whole insert.
 */
@Injectable()
export class NoNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = pathOfNul(value);
    if (path === null) return value;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request',
      issues: [
        {
          path: [metadata.type === 'body' ? '' : metadata.type, path].filter(Boolean).join('.'),
          message: 'the NUL character (U+0000) is not allowed',
          code: 'invalid_string',
        },
      ],
    });
  }
}
