export type MemberColumn = 'name' | 'email' | 'mattermostUsername' | 'language';

/** Header names people write, in French or English, compared without case, accents, spaces or punctuation. */
const ALIASES: Record<MemberColumn, string[]> = {
  name: ['name', 'nom', 'fullname', 'nomcomplet', 'prenomnom'],
  email: ['email', 'mail', 'courriel', 'emailaddress', 'adresseemail', 'adressemail', 'adressecourriel'],
  mattermostUsername: [
    'mattermost',
    'mattermostusername',
    'mattermostuser',
    'identifiantmattermost',
    'utilisateurmattermost',
    'nommattermost',
  ],
  language: ['language', 'langue', 'lang'],
};

export const REQUIRED_COLUMNS: MemberColumn[] = ['name', 'email'];

export function normaliseHeader(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type HeaderProblem =
  { kind: 'unknown'; column: string } | { kind: 'duplicate'; column: string } | { kind: 'missing'; column: MemberColumn };

/** Which cell holds which field, or every problem of the header at once (so one fix is enough). */
export function mapHeader(cells: string[]): { ok: true; columns: Array<MemberColumn> } | { ok: false; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const columns: MemberColumn[] = [];
  for (const cell of cells) {
    const key = normaliseHeader(cell);
    const column = (Object.keys(ALIASES) as MemberColumn[]).find((c) => ALIASES[c].includes(key));
    if (!column) problems.push({ kind: 'unknown', column: cell.trim() });
    else if (columns.includes(column)) problems.push({ kind: 'duplicate', column: cell.trim() });
    else columns.push(column);
  }
  for (const column of REQUIRED_COLUMNS) if (!columns.includes(column)) problems.push({ kind: 'missing', column });
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}
