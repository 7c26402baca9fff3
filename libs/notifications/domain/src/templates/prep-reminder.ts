import type { LocalisedTemplates } from './kind-templates';

// To the guide and contributors: what to prepare, who else presents, and a readiness link.
export const prepReminder: LocalisedTemplates = {
  fr: {
    subject: 'Préparation : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

« {{title}} » approche et vous y avez un rôle.

{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{#if contributorsList}}Contributeur·rices : {{contributorsList}}
{{/if}}
{{#if mine}}
Votre contribution : {{#if mine.title}}« {{mine.title}} »{{else}}(sans titre){{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}
{{#if mine.missing}}Il manque encore {{mine.missing}} : merci de les renseigner avant le jour J.
{{/if}}{{else}}{{#if contributions.length}}
Où en sont les contributions :
{{> contributions}}{{/if}}{{/if}}
Pensez à préparer votre contribution et à vous synchroniser avec les autres contributeur·rices.
{{#if links.respond}}Confirmer que vous êtes prêt·e : {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>« <strong>{{title}}</strong> » approche et vous y avez un rôle.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}
{{#if guide}}<p><strong>Guide :</strong> {{guide}}</p>{{/if}}
{{#if contributorsList}}<p><strong>Contributeur·rices :</strong> {{contributorsList}}</p>{{/if}}
{{#if mine}}<p><strong>Votre contribution :</strong> {{#if mine.title}}« {{mine.title}} »{{else}}(sans titre){{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}{{#if mine.missing}}<br><span style="color:#b45309;">Il manque encore {{mine.missing}}.</span>{{/if}}</p>{{else}}{{#if contributions.length}}<p style="margin:16px 0 4px;"><strong>Où en sont les contributions</strong></p>
{{> contributionsHtml}}{{/if}}{{/if}}
<p>Pensez à préparer votre contribution et à vous synchroniser avec les autres contributeur·rices.</p>
{{#if links.respond}}<p>{{button links.respond "Je suis prêt·e"}}</p>{{/if}}`,
    chat: `#### :memo: Préparation : {{title}}
{{when}}
{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{#if contributorsList}}Contributeur·rices : {{contributorsList}}
{{/if}}{{#if mine.missing}}Il manque encore {{mine.missing}}.
{{/if}}{{#if links.respond}}[Confirmer que je suis prêt·e]({{links.respond}})
{{/if}}`,
  },
  en: {
    subject: 'Preparation: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

"{{title}}" is coming up and you have a role in it.

{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{#if contributorsList}}Contributors: {{contributorsList}}
{{/if}}
{{#if mine}}
Your contribution: {{#if mine.title}}"{{mine.title}}"{{else}}(no title yet){{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}
{{#if mine.missing}}Still missing: {{mine.missing}}. Please add them before the day.
{{/if}}{{else}}{{#if contributions.length}}
Where the contributions stand:
{{> contributions}}{{/if}}{{/if}}
Remember to prepare your contribution and to sync with the other contributors.
{{#if links.respond}}Confirm you are ready: {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>"<strong>{{title}}</strong>" is coming up and you have a role in it.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}
{{#if guide}}<p><strong>Guide:</strong> {{guide}}</p>{{/if}}
{{#if contributorsList}}<p><strong>Contributors:</strong> {{contributorsList}}</p>{{/if}}
{{#if mine}}<p><strong>Your contribution:</strong> {{#if mine.title}}"{{mine.title}}"{{else}}(no title yet){{/if}}{{#if mine.kindLabel}} [{{mine.kindLabel}}]{{/if}}{{#if mine.missing}}<br><span style="color:#b45309;">Still missing: {{mine.missing}}.</span>{{/if}}</p>{{else}}{{#if contributions.length}}<p style="margin:16px 0 4px;"><strong>Where the contributions stand</strong></p>
{{> contributionsHtml}}{{/if}}{{/if}}
<p>Remember to prepare your contribution and to sync with the other contributors.</p>
{{#if links.respond}}<p>{{button links.respond "I am ready"}}</p>{{/if}}`,
    chat: `#### :memo: Preparation: {{title}}
{{when}}
{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{#if contributorsList}}Contributors: {{contributorsList}}
{{/if}}{{#if mine.missing}}Still missing: {{mine.missing}}.
{{/if}}{{#if links.respond}}[Confirm I am ready]({{links.respond}})
{{/if}}`,
  },
};
