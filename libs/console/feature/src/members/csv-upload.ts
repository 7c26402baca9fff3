import type { HeaderProblem, Rejection } from '@cercle/member-csv';
import type { Lang } from '../shell/page-context';

/** What was sent to the import form: a file (maybe empty) and/or pasted text. */
export interface CsvUpload {
  file?: { originalname?: string; buffer: Buffer };
  pasted?: string;
}

/** Why an upload cannot be previewed, before its lines are read. */
export type UploadProblem = 'nothing' | 'empty-file' | 'utf16';

/**
 * The CSV text of an upload, or why there is none. A chosen file that is empty is said as such (not "choose a
 * file"); a UTF-16 file (a spreadsheet's "Unicode text" export) is refused by name, since read as UTF-8 its
 * header would look like unknown columns.
 */
export function csvOfUpload(upload: CsvUpload): { ok: true; text: string } | { ok: false; problem: UploadProblem } {
  const { file } = upload;
  if (file?.buffer.length) {
    if (isUtf16(file.buffer)) return { ok: false, problem: 'utf16' };
    const text = file.buffer.toString('utf8');
    return text.replace(/^\uFEFF/, '').trim() ? { ok: true, text } : { ok: false, problem: 'empty-file' };
  }
  if (file?.originalname && !upload.pasted?.trim()) return { ok: false, problem: 'empty-file' };
  return upload.pasted?.trim() ? { ok: true, text: upload.pasted } : { ok: false, problem: 'nothing' };
}

/** A UTF-16 byte-order mark, or (without one) a NUL byte in every other position of the start of the file. */
export function isUtf16(buffer: Buffer): boolean {
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) return true;
  const start = buffer.subarray(0, 64);
  const nuls = start.filter((byte) => byte === 0).length;
  return start.length >= 4 && nuls * 3 >= start.length;
}

const COLUMN_WORDS: Record<Lang, Record<string, string>> = {
  fr: { name: '« nom » (ou « name »)', email: '« email » (ou « courriel »)' },
  en: { name: '“name” (or “nom”)', email: '“email” (or “courriel”)' },
};

/** A header problem, naming a required column by the words the page documents in its language. */
export function headerProblemText(problem: HeaderProblem, kinds: Record<HeaderProblem['kind'], string>, lang: Lang): string {
  const named = problem.kind === 'missing' ? COLUMN_WORDS[lang][problem.column] : undefined;
  return `${kinds[problem.kind]} ${named ?? (lang === 'fr' ? `« ${problem.column} »` : `“${problem.column}”`)}`;
}

/** A rejected line's reason; a count of cells agrees with its number (one cell, two cells). */
export function cellCountReason(r: Extract<Rejection, { code: 'cell-count' }>, lang: Lang): string {
  const cells = (n: number) => (lang === 'fr' ? `${n} cellule${n > 1 ? 's' : ''}` : `${n} cell${n === 1 ? '' : 's'}`);
  return lang === 'fr' ? `${cells(r.found)} au lieu de ${r.expected}` : `${cells(r.found)} instead of ${r.expected}`;
}
