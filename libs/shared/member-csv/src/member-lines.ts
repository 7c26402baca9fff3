import { z } from 'zod';
import { parseCsv } from './csv';
import { HeaderProblem, mapHeader, MemberColumn } from './member-columns';

/** A member as `POST /communities/{id}/members` takes it. */
export interface MemberInput {
  name: string;
  email: string;
  mattermostUsername: string | null;
  language?: 'fr' | 'en';
}

export type Rejection =
  | { line: number; code: 'cell-count'; expected: number; found: number }
  | { line: number; code: 'name-missing' | 'name-too-long' }
  | { line: number; code: 'email-invalid' | 'mattermost-invalid' | 'language-invalid'; value: string }
  | { line: number; code: 'email-duplicate'; value: string; firstLine: number }
  | { line: number; code: 'already-member'; value: string };

export type MemberLines =
  | { ok: true; members: Array<{ line: number; member: MemberInput }>; rejected: Rejection[] }
  | { ok: false; empty: true }
  | { ok: false; empty: false; problems: HeaderProblem[] };

// The same rules as the membership service's, checked here so each bad line is named with its number.
const email = z.email();
const MATTERMOST_USERNAME = /^[a-z0-9._-]{1,64}$/;
const LANGUAGES: Record<string, 'fr' | 'en'> = { fr: 'fr', francais: 'fr', french: 'fr', en: 'en', anglais: 'en', english: 'en' };

/** Reads a members CSV: one member per valid line, and every other line with the reason it is rejected. */
export function readMemberLines(text: string): MemberLines {
  const { records } = parseCsv(text);
  if (!records.length) return { ok: false, empty: true };
  const [header, ...rows] = records;
  const mapped = mapHeader(header.cells);
  if (!mapped.ok) return { ok: false, empty: false, problems: mapped.problems };
  const members: Array<{ line: number; member: MemberInput }> = [];
  const rejected: Rejection[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.length !== mapped.columns.length) {
      rejected.push({ line, code: 'cell-count', expected: mapped.columns.length, found: cells.length });
      continue;
    }
    const cell = (column: MemberColumn) => {
      const index = mapped.columns.indexOf(column);
      return index < 0 ? '' : cells[index].trim();
    };
    const result = readMember(line, cell);
    if ('code' in result) {
      rejected.push(result);
      continue;
    }
    const first = firstLineOf.get(result.email);
    if (first !== undefined) {
      rejected.push({ line, code: 'email-duplicate', value: result.email, firstLine: first });
      continue;
    }
    firstLineOf.set(result.email, line);
    members.push({ line, member: result });
  }
  return { ok: true, members, rejected };
}

function readMember(line: number, cell: (column: MemberColumn) => string): MemberInput | Rejection {
  const name = cell('name');
  if (!name) return { line, code: 'name-missing' };
  if (name.length > 200) return { line, code: 'name-too-long' };
  const address = cell('email').toLowerCase();
  if (!email.safeParse(address).success) return { line, code: 'email-invalid', value: cell('email') };
  const username = cell('mattermostUsername').replace(/^@/, '').toLowerCase();
  if (username && !MATTERMOST_USERNAME.test(username)) return { line, code: 'mattermost-invalid', value: cell('mattermostUsername') };
  const languageCell = cell('language');
  const language = languageCell
    ? LANGUAGES[
        languageCell
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .split(/[-_]/)[0]
      ]
    : undefined;
  if (languageCell && !language) return { line, code: 'language-invalid', value: languageCell };
  return { name, email: address, mattermostUsername: username || null, ...(language ? { language } : {}) };
}
