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

/** Why an answer cannot be recorded now; the registration page says it in the reader's language by code. */
export const registrationClosed = () => conflict('registration-closed', 'Registration for this occurrence is closed.');
export const occurrenceCancelled = () => conflict('occurrence-cancelled', 'This occurrence is cancelled.');
export const notInCommunity = () =>
  new MembershipError('not-in-community', 403, 'This occurrence is open to the members of its own community only.');
