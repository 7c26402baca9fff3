import type { LocalisedTemplates } from './kind-templates';

// Posted in the channel on the day, each time the organisers publish a changed programme (room × slot).
// The email parts exist so that a template override or a preview renders something sensible.
export const programme: LocalisedTemplates = {
  fr: {
    subject: 'Programme du jour : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Le programme de « {{title}} » a changé.

{{> practical}}{{> programme}}
{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Le programme de « <strong>{{title}}</strong> » a changé.</p>
{{> practicalHtml}}{{> programmeHtml}}`,
    chat: `#### :spiral_calendar_pad: Programme du jour : {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#each programme}}- {{#if slot}}{{slot}} · {{/if}}{{#if room}}{{room}} · {{/if}}**{{title}}**{{#if proposer}} ({{proposer}}){{/if}}{{#if scribe}} · scribe : {{scribe}}{{/if}}
{{else}}Aucun atelier n’est encore placé.
{{/each}}{{#if links.day}}[Proposer un sujet ou devenir scribe d’un atelier]({{links.day}})
{{/if}}`,
  },
  en: {
    subject: "Today's programme: {{title}} — {{day}}",
    text: `Hello {{recipientName}},

The programme of "{{title}}" has changed.

{{> practical}}{{> programme}}
{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>The programme of "<strong>{{title}}</strong>" has changed.</p>
{{> practicalHtml}}{{> programmeHtml}}`,
    chat: `#### :spiral_calendar_pad: Today's programme: {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#each programme}}- {{#if slot}}{{slot}} · {{/if}}{{#if room}}{{room}} · {{/if}}**{{title}}**{{#if proposer}} ({{proposer}}){{/if}}{{#if scribe}} · scribe: {{scribe}}{{/if}}
{{else}}No workshop is placed yet.
{{/each}}{{#if links.day}}[Propose a topic or be a workshop's scribe]({{links.day}})
{{/if}}`,
  },
};
