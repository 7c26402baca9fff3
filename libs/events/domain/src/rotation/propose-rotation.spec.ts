import { InvalidRotationRequestError } from '../errors';
import { proposeRotation, RotationCandidate } from './propose-rotation';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const member = (memberId: string, overrides: Partial<RotationCandidate> = {}): RotationCandidate => ({
  memberId,
  volunteer: false,
  lastServedAt: null,
  declined: false,
  away: false,
  ...overrides,
});

describe('proposeRotation', () => {
  it('returns nobody for an empty group or a count of zero', () => {
    expect(proposeRotation({ candidates: [], count: 2 })).toEqual([]);
    expect(proposeRotation({ candidates: [member('a')], count: 0 })).toEqual([]);
  });

  it('puts volunteers first, even one who served last time', () => {
    const candidates = [member('ana', { lastServedAt: day(1) }), member('bob', { volunteer: true, lastServedAt: day(30) }), member('cy')];
    expect(proposeRotation({ candidates, count: 2 })).toEqual(['bob', 'cy']);
  });

  it('then proposes the never-served, then the least recently served', () => {
    const candidates = [
      member('a', { lastServedAt: day(20) }),
      member('b', { lastServedAt: day(5) }),
      member('c'),
      member('d', { lastServedAt: day(12) }),
    ];
    expect(proposeRotation({ candidates, count: 4 })).toEqual(['c', 'b', 'd', 'a']);
  });

  it('orders volunteers among themselves by how long they have waited', () => {
    const candidates = [
      member('v1', { volunteer: true, lastServedAt: day(9) }),
      member('v2', { volunteer: true }),
      member('v3', { volunteer: true, lastServedAt: day(3) }),
    ];
    expect(proposeRotation({ candidates, count: 3 })).toEqual(['v2', 'v3', 'v1']);
  });

  it('breaks ties by member id in code-unit order, whatever the input order', () => {
    const candidates = [member('b'), member('B'), member('a'), member('é')];
    expect(proposeRotation({ candidates, count: 4 })).toEqual(['B', 'a', 'b', 'é']);
    expect(proposeRotation({ candidates: [...candidates].reverse(), count: 4 })).toEqual(['B', 'a', 'b', 'é']);
  });

  it('never proposes someone who declined, is away or is excluded, even a volunteer', () => {
    const candidates = [
      member('declined', { volunteer: true, declined: true }),
      member('away', { volunteer: true, away: true }),
      member('excluded', { volunteer: true }),
      member('ok', { lastServedAt: day(2) }),
    ];
    expect(proposeRotation({ candidates, count: 4, exclude: ['excluded'] })).toEqual(['ok']);
  });

  it('returns everyone eligible when fewer are eligible than asked for', () => {
    expect(proposeRotation({ candidates: [member('a'), member('b', { away: true })], count: 3 })).toEqual(['a']);
  });

  it('rejects a negative or fractional count, a member listed twice and an invalid date', () => {
    expect(() => proposeRotation({ candidates: [], count: -1 })).toThrow(InvalidRotationRequestError);
    expect(() => proposeRotation({ candidates: [], count: 1.5 })).toThrow(InvalidRotationRequestError);
    expect(() => proposeRotation({ candidates: [member('a'), member('a')], count: 1 })).toThrow(/listed twice/);
    expect(() => proposeRotation({ candidates: [member('a', { lastServedAt: new Date(Number.NaN) })], count: 1 })).toThrow(
      InvalidRotationRequestError,
    );
  });

  describe('exhaustively over every combination of three members', () => {
    const flags = [false, true];
    const served = [null, day(1), day(2)];
    const variants = (memberId: string) =>
      flags.flatMap((volunteer) =>
        served.flatMap((lastServedAt) =>
          flags.flatMap((declined) => flags.map((away) => member(memberId, { volunteer, lastServedAt, declined, away }))),
        ),
      );
    // The oracle states the rule differently from the code: a member outranks another when the tuple
    // (not a volunteer, has served, served at, id) is smaller; the proposal must be the best `count` members.
    const rankKey = (c: RotationCandidate) =>
      [c.volunteer ? 0 : 1, c.lastServedAt ? 1 : 0, c.lastServedAt?.getTime() ?? 0, c.memberId] as const;
    const outranks = (a: RotationCandidate, b: RotationCandidate) => {
      const [x, y] = [rankKey(a), rankKey(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
      return false;
    };

    it('proposes exactly the best eligible members, best first, and ignores input order', () => {
      // Checks are gathered and asserted once: 138k calls to expect() would take seconds.
      const violations: string[] = [];
      let checked = 0;
      for (const a of variants('a')) {
        for (const b of variants('b')) {
          for (const c of variants('c')) {
            const candidates = [c, a, b];
            const label = () => JSON.stringify(candidates);
            for (const exclude of [[], ['b']]) {
              const eligible = candidates.filter((m) => !m.declined && !m.away && !exclude.includes(m.memberId));
              for (const count of [0, 1, 2, 3, 4]) {
                const proposed = proposeRotation({ candidates, count, exclude });
                const chosen = eligible.filter((m) => proposed.includes(m.memberId));
                const inOrder = proposed.map((id) => chosen.find((m) => m.memberId === id)!);
                const left = eligible.filter((m) => !proposed.includes(m.memberId));
                if (chosen.length !== proposed.length || new Set(proposed).size !== proposed.length)
                  violations.push(`ineligible or repeated: ${label()}`);
                if (proposed.length !== Math.min(count, eligible.length)) violations.push(`wrong size for count ${count}: ${label()}`);
                if (inOrder.some((m, i) => i > 0 && !outranks(inOrder[i - 1], m))) violations.push(`not best first: ${label()}`);
                if (left.some((out) => chosen.some((inside) => outranks(out, inside))))
                  violations.push(`better member left out: ${label()}`);
                checked++;
              }
            }
            const shuffled = proposeRotation({ candidates: [b, c, a], count: 3 });
            if (shuffled.join() !== proposeRotation({ candidates: [a, b, c], count: 3 }).join())
              violations.push(`order-dependent: ${label()}`);
          }
        }
      }
      expect(violations.slice(0, 5)).toEqual([]);
      expect(checked).toBe(24 ** 3 * 2 * 5);
    });
  });
});
