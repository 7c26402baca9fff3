/**
 * The one error type a use case throws, in every service: a stable `code` clients act on, the HTTP
 * `status` HttpErrorFilter answers with, and optional `details` (e.g. the valid times nearest to a
 * refused one). Domain errors are mapped to it once per service, where their status is decided.
 */
export class UseCaseError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'UseCaseError';
  }
}

export const notFound = (what: string, id: string) => new UseCaseError(`${what}-not-found`, 404, `${what} ${id} does not exist`);
export const conflict = (code: string, message: string) => new UseCaseError(code, 409, message);
