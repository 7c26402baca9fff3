import type { LocalisedTemplates } from './kind-templates';

// Published before the day: the format's agenda with real times, the programme and who does what.
export const agenda: LocalisedTemplates = {
  fr: {
    subject: 'Programme : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Voici le programme de la rencontre « {{title}} »{{#if formatNote}} ({{formatNote}}){{/if}}.

{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{#if contributorsList}}Contributeur·rices : {{contributorsList}}
{{/if}}{{> agenda}}{{> programme}}

{{#if links.register}}Modifier votre réponse : {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Voici le programme de la rencontre « <strong>{{title}}</strong> »{{#if formatNote}} ({{formatNote}}){{/if}}.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}{{#if guide}}<p><strong>Guide :</strong> {{guide}}</p>{{/if}}{{#if contributorsList}}<p><strong>Contributeur·rices :</strong> {{contributorsList}}</p>{{/if}}
{{> agendaHtml}}{{> programmeHtml}}
{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}`,
    chat: `#### :spiral_calendar_pad: Programme : {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{#if contributorsList}}Contributeur·rices : {{contributorsList}}
{{/if}}{{> agenda}}{{> programme}}{{#if links.join}}

[S’inscrire]({{links.join}})
{{/if}}`,
  },
  en: {
    subject: 'Agenda: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

Here is the agenda for "{{title}}"{{#if formatNote}} ({{formatNote}}){{/if}}.

{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{#if contributorsList}}Contributors: {{contributorsList}}
{{/if}}{{> agenda}}{{> programme}}

{{#if links.register}}Change your answer: {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Here is the agenda for "<strong>{{title}}</strong>"{{#if formatNote}} ({{formatNote}}){{/if}}.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}{{#if guide}}<p><strong>Guide:</strong> {{guide}}</p>{{/if}}{{#if contributorsList}}<p><strong>Contributors:</strong> {{contributorsList}}</p>{{/if}}
{{> agendaHtml}}{{> programmeHtml}}
{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}`,
    chat: `#### :spiral_calendar_pad: Agenda: {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{#if contributorsList}}Contributors: {{contributorsList}}
{{/if}}{{> agenda}}{{> programme}}{{#if links.join}}

[Register]({{links.join}})
{{/if}}`,
  },
};
