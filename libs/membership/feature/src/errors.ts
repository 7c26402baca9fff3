/** Use-case errors of membership; HttpErrorFilter answers with their status, in one place. */
export class MembershipError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'MembershipError';
  }
}

export const notFound = (what: string, id: string) => new MembershipError(`${what}-not-found`, 404, `${what} ${id} does not exist`);
export const conflict = (code: string, message: string) => new MembershipError(code, 409, message);
