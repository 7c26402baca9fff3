import type { CaughtMessage } from '../mail-catcher/caught-message';
import { renderEmailPage } from './inbox-page';

// An invite as notifications writes it: the VTIMEZONE, with its own DTSTARTs, comes before the VEVENT.
const ICS = [
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:occurrence-1@cercle',
  'SEQUENCE:2',
  'DTSTART;TZID=Europe/Paris:20270201T100000',
  'DTEND;TZID=Europe/Paris:20270201T120000',
  'SUMMARY:Forum ouvert',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

function invite(): CaughtMessage {
  const content = Buffer.from(ICS);
  return {
    id: 'm1',
    receivedAt: new Date('2027-01-20T10:00:00Z'),
    envelope: { from: 'a@x', to: ['b@x'] },
    from: 'a@x',
    fromName: '',
    to: ['b@x'],
    cc: [],
    subject: 'Invitation',
    text: 'Bonjour',
    headers: {},
    raw: content,
    attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', size: content.length, content }],
  } as CaughtMessage;
}

describe("the dev inbox's invite summary", () => {
  it("shows the event's start and end, not the time zone's", () => {
    const page = renderEmailPage(invite());
    expect(page).toContain('<tr><th>DTSTART</th><td>20270201T100000</td></tr>');
    expect(page).toContain('<tr><th>DTEND</th><td>20270201T120000</td></tr>');
    expect(page).toContain('<tr><th>METHOD</th><td>REQUEST</td></tr>');
    expect(page).toContain('<tr><th>SEQUENCE</th><td>2</td></tr>');
  });
});
