// Mattermost turns `@name`, `@all`, `@channel`, `@here` into mentions (and notifications) and
// Slack-style `<!channel>` into a channel-wide ping in some integrations; Matrix clients ping a room
// for `@room` and turn `https://matrix.to/#/@user:server` into a user pill. Text written by users
// (titles, names, topics, notes) must never ping anyone, so an invisible WORD JOINER (U+2060) goes
// after each `@` and after `<!`: Mattermost's mention parser requires a name character right after
// `@`, and the text still reads the same on screen. Text we write ourselves is not passed here.
const WORD_JOINER = '\u2060';

export function neutraliseMentions(text: string): string {
  return text.replace(/[@\uff20]/g, (at) => at + WORD_JOINER).replace(/<!/g, '<' + WORD_JOINER + '!');
}
