import type { LocalisedTemplates } from './kind-templates';

// `previousWhen` is the previous start (occurrence.previousStartsAt), or the previous slot when
// extra.previousEndsAt gives its end. It has
// a line of its own: inside parentheses its time zone would nest a second pair.
export const reschedule: LocalisedTemplates = {
  fr: {
    subject: 'Nouvelle date : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

La rencontre « {{title}} » change de date. L’invitation d’agenda est mise à jour.

{{> practical}}{{#if previousWhen}}Ancienne date : {{previousWhen}}
{{/if}}

{{#if links.respond}}Confirmer ou modifier votre réponse : {{links.respond}}
{{/if}}{{#if links.register}}Vous ne pouvez plus venir ? Modifiez votre réponse : {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>La rencontre « <strong>{{title}}</strong> » change de date. L’invitation d’agenda est mise à jour.</p>
{{> practicalHtml}}{{#if previousWhen}}<p><strong>Ancienne date :</strong> <s>{{previousWhen}}</s></p>{{/if}}
{{#if links.respond}}<p>{{button links.respond "Confirmer ma réponse"}}</p>{{/if}}
{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}`,
    chat: `#### :arrows_counterclockwise: Nouvelle date : {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if previousWhen}}Ancienne date : ~~{{previousWhen}}~~
{{/if}}`,
  },
  en: {
    subject: 'New date: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

"{{title}}" has moved to a new date. The calendar invitation is updated.

{{> practical}}{{#if previousWhen}}Previous date: {{previousWhen}}
{{/if}}

{{#if links.respond}}Confirm or change your answer: {{links.respond}}
{{/if}}{{#if links.register}}Can no longer come? Change your answer: {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>"<strong>{{title}}</strong>" has moved to a new date. The calendar invitation is updated.</p>
{{> practicalHtml}}{{#if previousWhen}}<p><strong>Previous date:</strong> <s>{{previousWhen}}</s></p>{{/if}}
{{#if links.respond}}<p>{{button links.respond "Confirm my answer"}}</p>{{/if}}
{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}`,
    chat: `#### :arrows_counterclockwise: New date: {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if previousWhen}}Previous date: ~~{{previousWhen}}~~
{{/if}}`,
  },
};
