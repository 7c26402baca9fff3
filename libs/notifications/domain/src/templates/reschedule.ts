import type { LocalisedTemplates } from './kind-templates';

// `previousWhen` comes from extra.previousStartsAt/previousEndsAt when the caller gives them.
export const reschedule: LocalisedTemplates = {
  fr: {
    subject: 'Nouvelle date : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

« {{title}} » change de date{{#if previousWhen}} (initialement {{previousWhen}}){{/if}}. L’invitation d’agenda est mise à jour.

{{> practical}}{{#if links.respond}}
Confirmer ou modifier votre réponse : {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>« <strong>{{title}}</strong> » change de date{{#if previousWhen}} (initialement {{previousWhen}}){{/if}}. L’invitation d’agenda est mise à jour.</p>
{{> practicalHtml}}{{#if links.respond}}<p>{{button links.respond "Confirmer ma réponse"}}</p>{{/if}}`,
    chat: `#### :arrows_counterclockwise: Nouvelle date : {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if previousWhen}}(initialement {{previousWhen}})
{{/if}}`,
  },
  en: {
    subject: 'New date: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

"{{title}}" has moved{{#if previousWhen}} (it was {{previousWhen}}){{/if}}. The calendar invitation is updated.

{{> practical}}{{#if links.respond}}
Confirm or change your answer: {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>"<strong>{{title}}</strong>" has moved{{#if previousWhen}} (it was {{previousWhen}}){{/if}}. The calendar invitation is updated.</p>
{{> practicalHtml}}{{#if links.respond}}<p>{{button links.respond "Confirm my answer"}}</p>{{/if}}`,
    chat: `#### :arrows_counterclockwise: New date: {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if previousWhen}}(it was {{previousWhen}})
{{/if}}`,
  },
};
