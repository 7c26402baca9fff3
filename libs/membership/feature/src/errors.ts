// The one use-case error type is the platform's; this file holds what is particular to membership.
import { conflict, UseCaseError } from '@cercle/platform';

/** Why an answer cannot be recorded now; the registration page says it in the reader's language by code. */
export const registrationClosed = () => conflict('registration-closed', 'Registration for this occurrence is closed.');
export const occurrenceCancelled = () => conflict('occurrence-cancelled', 'This occurrence is cancelled.');
export const notInCommunity = () =>
  new UseCaseError('not-in-community', 403, 'This occurrence is open to the members of its own community only.');
