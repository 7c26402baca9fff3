import { neutraliseMentions } from './neutralise-mentions';

// Mattermost's mention parser: `@` followed by a name character (letters, digits, . - _).
const MENTION = /(^|[^\w])@[a-z0-9.\-_]+/i;

describe('neutraliseMentions', () => {
  it('stops @all from mentioning anyone and leaves the rest of the text as written', () => {
    const out = neutraliseMentions('@all ping <script>');
    expect(out).not.toMatch(MENTION);
    expect(out.replace(/\u2060/g, '')).toBe('@all ping <script>');
  });

  it.each(['@channel', '@here', '@alice.martin', 'hi @bob-x', 'mail: a@b.fr', '＠all'])('neutralises %s', (text) => {
    expect(neutraliseMentions(text)).not.toMatch(MENTION);
    expect(neutraliseMentions(text)).not.toMatch(/[@＠][a-z]/i);
  });

  it('neutralises Slack-style <!channel> and <!here>', () => {
    expect(neutraliseMentions('<!channel> and <!here>')).not.toContain('<!');
  });

  it('leaves text without mentions unchanged', () => {
    expect(neutraliseMentions('Retour d’expérience : déploiement')).toBe('Retour d’expérience : déploiement');
  });

  // Matrix: `@room` pings the whole room through the legacy push rules, and a matrix.to link to a user
  // id becomes a mention pill. The sent events also carry an empty `m.mentions` (see matrix-content.ts).
  it.each(['@room', 'ping @room now', 'https://matrix.to/#/@alice:example.org', '@alice:agent.tchap.gouv.fr'])(
    'neutralises the Matrix mention in %s',
    (text) => {
      const out = neutraliseMentions(text);
      expect(out).not.toContain('@room');
      expect(out).not.toMatch(/@[a-z]/i);
      expect(out.replace(/\u2060/g, '')).toBe(text);
    },
  );
});
