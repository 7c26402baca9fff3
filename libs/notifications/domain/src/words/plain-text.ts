/**
 * The layout of a plain-text email: blocks separated by exactly one blank line. Templates write each block
 * between blank lines; optional blocks that render empty leave runs of blank lines, folded here, and
 * trailing spaces go. The footer's "—" rule always stands one blank line below the last block.
 */
export function plainTextBlocks(text: string): string {
  return (
    text
      .replace(/[ \t]+\n/g, '\n')
      .replace(/([^\n])\n(—\n)/g, '$1\n\n$2')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
