/**
 * What the delivery log holds instead of an address it no longer may keep. Only rows that are no longer
 * pending are changed, so nothing is ever sent to these.
 */
export const ERASED_ADDRESS = '(erased)';
export const PURGED_ADDRESS = '(purged)';
