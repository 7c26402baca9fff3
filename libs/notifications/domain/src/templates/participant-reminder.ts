import type { LocalisedTemplates } from './kind-templates';

// Shortly before the occurrence: the theme to read up on and the practical information.
export const participantReminder: LocalisedTemplates = {
  fr: {
    subject: 'Rappel : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Petit rappel : la rencontre « {{title}} » a lieu bientôt.

{{> practical}}{{#if theme}}Thème : {{theme}}
N’hésitez pas à vous documenter sur le thème avant la session.
{{/if}}{{> agenda}}{{> programme}}

{{#if links.ballot}}Voir les sujets proposés et voter : {{links.ballot}}
{{/if}}{{#if links.register}}Vous ne pouvez plus venir ? Modifiez votre réponse : {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Petit rappel : la rencontre « <strong>{{title}}</strong> » a lieu bientôt.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}<br>N’hésitez pas à vous documenter sur le thème avant la session.</p>{{/if}}{{> agendaHtml}}{{> programmeHtml}}
{{#if links.ballot}}<p><a href="{{links.ballot}}">Voir les sujets proposés et voter</a></p>{{/if}}
{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}`,
    chat: `#### :alarm_clock: Rappel : {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Thème : {{theme}}
{{/if}}`,
  },
  en: {
    subject: 'Reminder: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

A reminder: "{{title}}" is coming up.

{{> practical}}{{#if theme}}Theme: {{theme}}
It is worth reading up on the theme before the session.
{{/if}}{{> agenda}}{{> programme}}

{{#if links.ballot}}See the proposed topics and vote: {{links.ballot}}
{{/if}}{{#if links.register}}Can no longer come? Change your answer: {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>A reminder: "<strong>{{title}}</strong>" is coming up.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}<br>It is worth reading up on the theme before the session.</p>{{/if}}{{> agendaHtml}}{{> programmeHtml}}
{{#if links.ballot}}<p><a href="{{links.ballot}}">See the proposed topics and vote</a></p>{{/if}}
{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}`,
    chat: `#### :alarm_clock: Reminder: {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Theme: {{theme}}
{{/if}}`,
  },
};
