import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audienceTableMarkdown } from './audience-markdown';

const README = join(__dirname, '../../../../notifications/README.md');
const START = '<!-- audience-table:start -->';
const END = '<!-- audience-table:end -->';

describe('the notifications README', () => {
  it('shows the audience table exactly as the code has it (UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const [before, rest] = readme.split(START);
    const after = rest?.split(END)[1];
    expect(after).toBeDefined();
    const expected = `${before}${START}\n${audienceTableMarkdown()}\n${END}${after}`;
    if (process.env['UPDATE_README'] === '1' && readme !== expected) writeFileSync(README, expected);
    else expect(readme).toBe(expected);
  });
});
