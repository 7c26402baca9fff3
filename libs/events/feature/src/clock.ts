/** Where time is read: injected so that tests (and the demo) control "now" instead of the wall clock. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
