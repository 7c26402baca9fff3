import type { NotificationKind } from '../messages/notifications-messages';
import { audienceGroups, audienceTable, silencers, type AudienceRule } from './audience-table';

const CALENDAR: Record<AudienceRule['calendar'], string> = {
  REQUEST: 'REQUEST',
  CANCEL: 'CANCEL',
  byAnswer: 'by answer: REQUEST (yes, maybe), CANCEL (no), none (waiting list)',
  none: '—',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function channels(rule: AudienceRule): string {
  const parts = [
    rule.channels.email && 'email',
    rule.channels.directMessage && 'direct message',
    rule.channels.channelPost && 'channel post',
  ];
  return parts.filter(Boolean).join(', ');
}

function recipients(rule: AudienceRule): string {
  const groups = rule.recipients.length
    ? rule.recipients.map((group) => `${group}: ${audienceGroups[group]}`)
    : ['nobody personally: the channel'];
  return [...groups, ...(rule.only ? [`only ${rule.only}`] : [])].join('<br>');
}

/** The audience table as Markdown, for the notifications README (a test keeps the README equal to it). */
export function audienceTableMarkdown(): string {
  const header = ['| kind | trigger | who receives it | channels | calendar | silenced by |', '| --- | --- | --- | --- | --- | --- |'];
  const rows = (Object.entries(audienceTable) as Array<[NotificationKind, AudienceRule]>).map(([kind, rule]) =>
    [
      `\`${kind}\``,
      rule.trigger,
      recipients(rule),
      channels(rule),
      CALENDAR[rule.calendar],
      rule.silencedBy.length ? rule.silencedBy.map((s) => silencers[s]).join('; ') : 'nothing',
    ]
      .map(cell)
      .join(' | '),
  );
  return [...header, ...rows.map((row) => `| ${row} |`)].join('\n');
}
