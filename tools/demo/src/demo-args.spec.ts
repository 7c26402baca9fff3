import { DemoArgsError, parseDemoArgs } from './demo-args';

describe('parseDemoArgs', () => {
  it('defaults to one occurrence of the peer group with eight members', () => {
    expect(parseDemoArgs([])).toEqual({ format: 'peer-group', occurrences: 1, members: 8 });
  });

  it('reads the format and the number of occurrences', () => {
    expect(parseDemoArgs(['--format', 'open-forum', '--occurrences', '2'])).toEqual({ format: 'open-forum', occurrences: 2, members: 8 });
  });

  it('refuses an unknown format or a count that is not a whole number in range, saying what it got', () => {
    expect(() => parseDemoArgs(['--format', 'webinar'])).toThrow(/--format doit valoir peer-group ou open-forum .*webinar/);
    expect(() => parseDemoArgs(['--occurrences', '0'])).toThrow(DemoArgsError);
    expect(() => parseDemoArgs(['--occurrences', '1.5'])).toThrow(/entier/);
    expect(() => parseDemoArgs(['--members', '3'])).toThrow(/--members/);
    expect(() => parseDemoArgs(['--colour', 'red'])).toThrow();
  });
});
