import { frenchApostrophes } from '@cercle/words';
import { calendarDescription } from '../calendar-description';
import { MESSAGE_KINDS } from '../message-kind';
import { renderChatPost, renderEmail } from '../render';
import type { RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';

// HTML attributes and markup may use straight quotes: only the words people read are checked.
const words = (html: string) => html.replace(/<[^>]*>/g, ' ');
const straightBetweenLetters = /\p{L}'\p{L}/u;

/** The sample, with straight apostrophes where formats and people write them (rules, agenda, titles, names). */
function typedStraight(): RenderContext {
  const ctx = sampleRenderContext('fr');
  const o = ctx.occurrence;
  return {
    ...ctx,
    community: { name: "Cercle d'entraide" },
    occurrence: {
      ...o,
      title: "Rencontre d'automne",
      theme: "L'accessibilité",
      location: "Maison de l'emploi",
      cancellationReason: "salle indisponible jusqu'à lundi",
      agenda: (o.agenda ?? []).map((item) => ({ ...item, title: `${item.title} de l'après-midi` })),
      rules: { principles: ["Chacun·e s'exprime librement"], attendanceRules: ["La présence n'est pas obligatoire"] },
      topics: (o.topics ?? []).map((t) => ({ ...t, title: `${t.title} à l'échelle` })),
    },
    roles: { guide: "Bruno d'Amico", contributors: ["Chloé L'Hôte"] },
  };
}

describe('apostrophes in French messages', () => {
  it('uses the typographic apostrophe (’) in every part of every French message, whoever wrote the text', () => {
    const ctx = typedStraight();
    const straight = MESSAGE_KINDS.flatMap((kind) => {
      const email = renderEmail(kind, ctx);
      const parts = { subject: email.subject, text: email.text, html: words(email.html), chat: renderChatPost(kind, ctx).message };
      return Object.entries(parts).flatMap(([part, text]) =>
        text
          .split('\n')
          .filter((line) => straightBetweenLetters.test(line))
          .map((line) => `${kind} ${part}: ${line.trim()}`),
      );
    });
    expect(straight).toEqual([]);
    expect(renderEmail('announcement', ctx).text).toContain('Rencontre d’automne');
  });

  it('keeps English text as typed', () => {
    const ctx = { ...sampleRenderContext('en'), occurrence: { ...sampleRenderContext('en').occurrence, title: "Autumn's meetup" } };
    expect(renderEmail('announcement', ctx).text).toContain("Autumn's meetup");
  });

  it('turns only an apostrophe between letters, leaving quotes alone', () => {
    expect(frenchApostrophes("l'atelier d'aujourd'hui, 'cité'")).toBe("l’atelier d’aujourd’hui, 'cité'");
  });

  it("writes the calendar invite's description with the same apostrophe", () => {
    const snapshot = {
      occurrenceId: 'o',
      seriesId: 's',
      communityId: 'c',
      title: 'Forum',
      formatId: 'peer-group',
      formatName: { fr: "Groupe d'échange", en: 'Peer group' },
      startsAt: '2027-02-01T09:00:00Z',
      endsAt: '2027-02-01T11:00:00Z',
      timeZone: 'Europe/Paris',
      location: "Maison de l'emploi",
      theme: null,
      agenda: [{ title: { fr: "Tour d'horizon", en: 'Round' }, localStart: '10:00', localEnd: '10:30' }],
      calendarSequence: 0,
      previousStartsAt: null,
      cancellationReason: null,
      registrationClosesAt: null,
      topics: [],
    };
    const description = calendarDescription(snapshot, 'fr', 'https://cercle.example/join/o');
    expect(description).not.toMatch(straightBetweenLetters);
    expect(description).toContain('Tour d’horizon');
  });
});
