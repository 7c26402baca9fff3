import { inResendOrder } from './deliveries';

describe('cercle deliveries failed --resend', () => {
  it('resends the oldest failure first, so messages arrive in the order they were written', () => {
    const newestFirst = [
      { id: 'role-changed', createdAt: '2027-01-20T10:05:00.000Z' },
      { id: 'role-assigned', createdAt: '2027-01-20T10:00:00.000Z' },
    ];
    expect(inResendOrder(newestFirst).map((d) => d.id)).toEqual(['role-assigned', 'role-changed']);
    expect(newestFirst[0].id).toBe('role-changed');
  });
});
