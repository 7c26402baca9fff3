// A CR or LF in a header value ends the header: "Alice\r\nBcc: evil@x" would add a recipient.
// Other C0/C1 controls and Unicode line/paragraph separators are dropped too, since some MTAs
// and clients treat them as line breaks. Runs of whitespace collapse so the value stays one line.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function headerSafe(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
