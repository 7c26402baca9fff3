/**
 * Where every service reads the time: injected (token CLOCK), so that tests and the demo control "now"
 * and nothing depends on a hidden `new Date()` (DTSTAMPs, deadlines, link expiries).
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
