import { formatWhen } from '@cercle/words';
import { topicKindLabelsIn } from '@cercle/contracts';
import { coveredOnText } from '../memory/covered-words';
import { escapeHtml } from '@cercle/platform';
import type { BallotView } from './ballot.service';

export type BallotLang = 'fr' | 'en';
export type BallotNotice = 'voted' | 'withdrawn';

const text = {
  fr: {
    title: 'Sujets proposés',
    colon: ' :',
    hello: 'Bonjour',
    intro: 'Votez pour les sujets qui vous intéressent : les plus demandés passent en priorité au programme.',
    none: 'Aucun sujet n’est encore proposé pour cette rencontre.',
    by: 'Proposé par',
    votes: (n: number) => `${n} vote${n > 1 ? 's' : ''}`,
    mine: 'Vous avez voté pour ce sujet.',
    vote: 'Voter',
    withdraw: 'Retirer mon vote',
    programme: 'Au programme',
    closed: 'Les votes sont clos pour cette rencontre.',
    error: 'Erreur',
    notice: { voted: 'Votre vote est enregistré.', withdrawn: 'Votre vote est retiré.' },
    kinds: topicKindLabelsIn('fr'),
  },
  en: {
    title: 'Proposed topics',
    colon: ':',
    hello: 'Hello',
    intro: 'Vote for the topics you are interested in: the most wanted go first on the programme.',
    none: 'No topic has been proposed for this occurrence yet.',
    by: 'Proposed by',
    votes: (n: number) => `${n} vote${n === 1 ? '' : 's'}`,
    mine: 'You voted for this topic.',
    vote: 'Vote',
    withdraw: 'Withdraw my vote',
    programme: 'On the programme',
    closed: 'Votes are closed for this occurrence.',
    error: 'Error',
    notice: { voted: 'Your vote is recorded.', withdrawn: 'Your vote is withdrawn.' },
    kinds: topicKindLabelsIn('en'),
  },
} as const;

export const ballotLanguage = (requested: unknown, fallback: BallotLang): BallotLang =>
  requested === 'en' || requested === 'fr' ? requested : fallback;

// Sized for a phone (320px wide): one column, buttons wide enough to tap, a focus ring that shows.
function page(lang: BallotLang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616;overflow-wrap:anywhere}
ul{list-style:none;padding:0}li.topic{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:.75rem 1rem}h2{font-size:1.2rem;margin:.25rem 0}
.meta{color:#3a3a3a;font-size:.95rem;margin:.25rem 0}.mine{font-weight:600;color:#18753c}
button{font:inherit;min-height:2.75rem;padding:.5rem 1.2rem;border-radius:.25rem;border:2px solid #000091;background:#000091;color:#fff}
button[value=no]{background:#fff;color:#000091}button:focus-visible,a:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
.error{color:#b00020}.ok{background:#e8f5e9;padding:.75rem;border-radius:.25rem}</style></head><body><main>${body}</main></body></html>`;
}

function topicItem(lang: BallotLang, topic: BallotView['topics'][number], action: string, open: boolean, timeZone: string): string {
  const t = text[lang];
  const placed = topic.selected
    ? `<p class="meta"><strong>${t.programme}</strong>${topic.room ? ` : ${escapeHtml(topic.localStart)}–${escapeHtml(topic.localEnd)}, ${escapeHtml(topic.room)}` : ''}</p>`
    : '';
  const button = open
    ? `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="topicId" value="${escapeHtml(topic.id)}">
<button type="submit" name="vote" value="${topic.votedByMe ? 'no' : 'yes'}" aria-describedby="topic-${escapeHtml(topic.id)}">${topic.votedByMe ? t.withdraw : t.vote}</button></form>`
    : '';
  return `<li class="topic"><article aria-labelledby="topic-${escapeHtml(topic.id)}"><h2 id="topic-${escapeHtml(topic.id)}">${escapeHtml(topic.title)}</h2>
<p class="meta">${t.kinds[topic.kind]} · ${t.by} ${escapeHtml(topic.proposer)} · ${t.votes(topic.votes)}</p>
${topic.description ? `<p>${escapeHtml(topic.description)}</p>` : ''}${topic.coveredOn ? `<p class="meta">${coveredOnText(lang, topic.coveredOn, timeZone)}</p>` : ''}${placed}${topic.votedByMe ? `<p class="mine">${t.mine}</p>` : ''}${button}</article></li>`;
}

/** The member's ballot: each proposed topic with a Vote / Withdraw button, a plain form post (no JavaScript needed). */
export function renderBallotPage(options: { lang: BallotLang; view: BallotView; action: string; notice?: BallotNotice | null }): string {
  const { lang, view, action } = options;
  const t = text[lang];
  const { occurrence } = view;
  const when = formatWhen(occurrence.startsAt.toISOString(), occurrence.endsAt.toISOString(), occurrence.timeZone, lang);
  const notice = options.notice ? `<p class="ok" role="status">${t.notice[options.notice]}</p>` : '';
  const list = view.topics.length
    ? `<ul>${view.topics.map((topic) => topicItem(lang, topic, action, view.votesOpen, occurrence.timeZone)).join('')}</ul>`
    : `<p>${t.none}</p>`;
  return page(
    lang,
    `${t.title} — ${occurrence.title}`,
    `<h1>${t.title}${t.colon} ${escapeHtml(occurrence.title)}</h1><p><time datetime="${occurrence.startsAt.toISOString()}">${escapeHtml(when)}</time></p>
<p>${t.hello} ${escapeHtml(view.member.name)}, ${view.votesOpen ? t.intro : ''}</p>${notice}
${view.votesOpen ? '' : `<p class="error" role="alert">${t.closed}</p>`}${list}`,
  );
}

export function renderBallotErrorPage(lang: BallotLang, status: number, message: string): string {
  return page(
    lang,
    `${text[lang].error} ${status}`,
    `<h1>${text[lang].error} ${status}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`,
  );
}
