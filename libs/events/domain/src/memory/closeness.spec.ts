import { isClose } from './closeness';

describe('isClose', () => {
  it('finds close what shares half of the shorter one’s stems', () => {
    expect(isClose(['accessibil', 'servic', 'numer'], ['accessibil', 'numer'])).toBe(true);
    expect(isClose(['rgaa'], ['rgaa', 'pratiqu'])).toBe(true);
  });
  it('does not find close what shares less than half', () => {
    expect(isClose(['accessibil', 'servic', 'numer', 'public'], ['design', 'servic', 'legal', 'atelier', 'pratiqu'])).toBe(false);
  });
  it('finds nothing close to nothing, nor without a shared stem', () => {
    expect(isClose([], ['rgaa'])).toBe(false);
    expect(isClose(['rgaa'], [])).toBe(false);
    expect(isClose(['rgaa'], ['design'])).toBe(false);
  });
  it('counts a stem once however often it appears', () => {
    expect(isClose(['numer', 'numer', 'numer'], ['numer', 'design', 'legal', 'ateli'])).toBe(true);
    expect(isClose(['numer', 'a', 'b'], ['numer', 'numer', 'c', 'd'])).toBe(false);
  });
});
