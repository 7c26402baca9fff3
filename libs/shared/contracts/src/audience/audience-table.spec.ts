import { notificationKind } from '../messages/notifications-messages';
import { audienceTable, calendarMethodOf, reachesTheUnsubscribed } from './audience-table';

describe('the audience table', () => {
  it('has one row per notification kind and nothing else', () => {
    expect(Object.keys(audienceTable).sort()).toEqual([...notificationKind.options].sort());
  });

  it('gives every row a trigger and at least one channel', () => {
    for (const rule of Object.values(audienceTable)) {
      expect(rule.trigger.length).toBeGreaterThan(0);
      expect(rule.channels.email || rule.channels.directMessage || rule.channels.channelPost).toBe(true);
    }
  });

  it('tells nobody personally on a kind that is only posted in the channel', () => {
    const postedOnly = Object.entries(audienceTable).filter(([, rule]) => !rule.channels.email && !rule.channels.directMessage);
    expect(postedOnly.map(([kind]) => kind).sort()).toEqual(['agenda', 'notesArchive', 'programme']);
    for (const [, rule] of postedOnly) expect(rule.recipients).toEqual([]);
  });

  it('sends invites and their changes by email only: a direct message cannot carry a calendar object', () => {
    for (const rule of Object.values(audienceTable)) if (rule.calendar !== 'none') expect(rule.channels.email).toBe(true);
  });

  it('reads the calendar method from the answer where the kind depends on it', () => {
    const registration = (answer: 'yes' | 'no' | 'maybe', status: 'confirmed' | 'waitlisted' | 'declined') => ({ answer, status });
    expect(calendarMethodOf('registrationConfirmation', registration('yes', 'confirmed'))).toBe('REQUEST');
    expect(calendarMethodOf('registrationConfirmation', registration('maybe', 'declined'))).toBe('REQUEST');
    expect(calendarMethodOf('registrationConfirmation', registration('no', 'declined'))).toBe('CANCEL');
    expect(calendarMethodOf('waitingList', registration('yes', 'waitlisted'))).toBeNull();
    expect(calendarMethodOf('waitingList', registration('yes', 'confirmed'))).toBe('REQUEST');
    expect(calendarMethodOf('cancellation', null)).toBe('CANCEL');
    expect(calendarMethodOf('reschedule', null)).toBe('REQUEST');
    expect(calendarMethodOf('roleAssigned', null)).toBeNull();
  });

  it('lets nothing silence an answer to what a person did, a role given or taken, or a calendar change', () => {
    const unsilenceable = notificationKind.options.filter(
      (kind) => reachesTheUnsubscribed(kind) && audienceTable[kind].recipients.length > 0,
    );
    expect(unsilenceable.sort()).toEqual([
      'cancellation',
      'healthAlert',
      'healthAlertCleared',
      'registrationConfirmation',
      'reschedule',
      'roleAssigned',
      'roleRemoved',
      'waitingList',
    ]);
  });
});
