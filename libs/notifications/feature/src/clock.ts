/** Time comes from here, so that tests and DTSTAMPs never depend on a hidden `new Date()`. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
