import { nextToRemember, safeNext } from './next-page';

describe('the page after signing in', () => {
  it('keeps a console path and refuses any other site', () => {
    expect(safeNext('/console/series?x=1')).toBe('/console/series?x=1');
    expect(safeNext('https://evil.example/console')).toBe('/console/communities');
    expect(safeNext('//evil.example/console')).toBe('/console/communities');
    expect(safeNext('/consoleevil')).toBe('/console/communities');
    expect(safeNext(null)).toBe('/console/communities');
  });

  it('remembers only a console path other than the default while a link is on its way', () => {
    expect(nextToRemember('/console/occurrences/4b0e1c1e-7a0e-4c35-9a43-2b1f2f9d2a11')).toBe(
      '/console/occurrences/4b0e1c1e-7a0e-4c35-9a43-2b1f2f9d2a11',
    );
    expect(nextToRemember('https://evil.example/')).toBeNull();
    expect(nextToRemember('/console/communities')).toBeNull();
    expect(nextToRemember(undefined)).toBeNull();
  });
});
