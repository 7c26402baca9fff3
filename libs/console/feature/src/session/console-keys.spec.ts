import { ConsoleKeys } from './console-keys';

describe("the console's keys", () => {
  const keys = new ConsoleKeys('s'.repeat(40));

  it('opens a sealed sign-in it sealed, and the browser cannot read it', () => {
    const sealed = keys.sealSignIn('{"state":"abc"}');
    expect(sealed).not.toContain('abc');
    expect(keys.openSignIn(sealed)).toBe('{"state":"abc"}');
  });

  it('refuses a sealed sign-in changed by one character', () => {
    const sealed = keys.sealSignIn('{"state":"abc"}');
    const last = sealed.at(-1) === 'A' ? 'B' : 'A';
    expect(() => keys.openSignIn(`${sealed.slice(0, -1)}${last}`)).toThrow();
  });

  it('keeps each use to its own key: a sealed session token is no sealed sign-in, nor another secret’s', () => {
    expect(() => keys.openSignIn(keys.encryptToken('token'))).toThrow();
    expect(() => new ConsoleKeys('t'.repeat(40)).openSignIn(keys.sealSignIn('x'))).toThrow();
    expect(keys.decryptToken(keys.encryptToken('token'))).toBe('token');
  });
});
