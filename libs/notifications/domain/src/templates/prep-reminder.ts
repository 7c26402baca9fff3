import type { LocalisedTemplates } from './kind-templates';

// To a contributor: their own part, what it still lacks and where to fill it in. To the guide: everyone's
// readiness, person by person (which names the contributors, so their list is not repeated above it).
// « Votre contribution » is written only to whoever has one (`mine`).
export const prepReminder: LocalisedTemplates = {
  fr: {
    subject: 'Préparation : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

La rencontre « {{title}} » approche et vous y avez un rôle.

{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{#if contributorsList}}{{#unless others.length}}Contributeur·rices : {{contributorsList}}
{{/unless}}{{/if}}

{{#if mine}}Votre contribution : {{#if mine.title}}« {{mine.title}} »{{else}}pas encore de titre{{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}
{{#if mine.missing}}Il manque encore {{mine.missing}}.
{{/if}}{{#if links.contribution}}Renseigner votre contribution avant le jour J : {{links.contribution}}
{{/if}}Pensez à vous synchroniser avec les autres contributeur·rices.
{{/if}}

{{#if others.length}}{{#if mine}}Les autres contributions :{{else}}Où en sont les contributions :{{/if}}
{{> readiness}}{{/if}}

{{#if links.respond}}Confirmer que vous êtes prêt·e : {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>La rencontre « <strong>{{title}}</strong> » approche et vous y avez un rôle.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}
{{#if guide}}<p><strong>Guide :</strong> {{guide}}</p>{{/if}}
{{#if contributorsList}}{{#unless others.length}}<p><strong>Contributeur·rices :</strong> {{contributorsList}}</p>{{/unless}}{{/if}}
{{#if mine}}<p><strong>Votre contribution :</strong> {{#if mine.title}}« {{mine.title}} »{{else}}pas encore de titre{{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}{{#if mine.missing}}<br><span style="color:#b45309;">Il manque encore {{mine.missing}}.</span>{{/if}}</p>
{{#if links.contribution}}<p>{{button links.contribution "Renseigner ma contribution"}}</p>{{/if}}
<p>Pensez à vous synchroniser avec les autres contributeur·rices.</p>{{/if}}
{{#if others.length}}<p><strong>{{#if mine}}Les autres contributions{{else}}Où en sont les contributions{{/if}}</strong></p>{{> readinessHtml}}{{/if}}
{{#if links.respond}}<p>{{button links.respond "Je suis prêt·e"}}</p>{{/if}}`,
    chat: `#### :memo: Préparation : {{title}}
{{when}}
{{#if theme}}Thème : {{theme}}
{{/if}}{{#if mine.missing}}Votre contribution : il manque encore {{mine.missing}}.
{{/if}}{{#if links.contribution}}[Renseigner ma contribution]({{links.contribution}})
{{/if}}{{#if others.length}}{{#if mine}}Les autres contributions :{{else}}Où en sont les contributions :{{/if}}
{{> readiness}}{{/if}}{{#if links.respond}}[Confirmer que je suis prêt·e]({{links.respond}})
{{/if}}`,
  },
  en: {
    subject: 'Preparation: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

"{{title}}" is coming up and you have a role in it.

{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{#if contributorsList}}{{#unless others.length}}Contributors: {{contributorsList}}
{{/unless}}{{/if}}

{{#if mine}}Your contribution: {{#if mine.title}}"{{mine.title}}"{{else}}no title yet{{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}
{{#if mine.missing}}Still missing: {{mine.missing}}.
{{/if}}{{#if links.contribution}}Fill in your contribution before the day: {{links.contribution}}
{{/if}}Remember to sync with the other contributors.
{{/if}}

{{#if others.length}}{{#if mine}}The other contributions:{{else}}Where the contributions stand:{{/if}}
{{> readiness}}{{/if}}

{{#if links.respond}}Confirm you are ready: {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>"<strong>{{title}}</strong>" is coming up and you have a role in it.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}
{{#if guide}}<p><strong>Guide:</strong> {{guide}}</p>{{/if}}
{{#if contributorsList}}{{#unless others.length}}<p><strong>Contributors:</strong> {{contributorsList}}</p>{{/unless}}{{/if}}
{{#if mine}}<p><strong>Your contribution:</strong> {{#if mine.title}}"{{mine.title}}"{{else}}no title yet{{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}{{#if mine.missing}}<br><span style="color:#b45309;">Still missing: {{mine.missing}}.</span>{{/if}}</p>
{{#if links.contribution}}<p>{{button links.contribution "Fill in my contribution"}}</p>{{/if}}
<p>Remember to sync with the other contributors.</p>{{/if}}
{{#if others.length}}<p><strong>{{#if mine}}The other contributions{{else}}Where the contributions stand{{/if}}</strong></p>{{> readinessHtml}}{{/if}}
{{#if links.respond}}<p>{{button links.respond "I am ready"}}</p>{{/if}}`,
    chat: `#### :memo: Preparation: {{title}}
{{when}}
{{#if theme}}Theme: {{theme}}
{{/if}}{{#if mine.missing}}Your contribution: still missing {{mine.missing}}.
{{/if}}{{#if links.contribution}}[Fill in my contribution]({{links.contribution}})
{{/if}}{{#if others.length}}{{#if mine}}The other contributions:{{else}}Where the contributions stand:{{/if}}
{{> readiness}}{{/if}}{{#if links.respond}}[Confirm I am ready]({{links.respond}})
{{/if}}`,
  },
};
