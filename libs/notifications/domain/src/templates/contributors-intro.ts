import type { LocalisedTemplates } from './kind-templates';

// The guide and contributors of one occurrence introduced to each other, so they can sync before the day.
// Each person is one line, whatever roles they hold; the guide is named separately only when not listed.
export const contributorsIntro: LocalisedTemplates = {
  fr: {
    subject: 'Qui présente à « {{title}} » — {{day}}',
    text: `Bonjour {{recipientName}},

Voici les personnes qui contribuent à la rencontre « {{title}} ». Prenez quelques minutes pour vous synchroniser : éviter les redites, enchaîner les présentations.

{{> contributions}}{{#if guide}}{{#unless guideListed}}- {{guide}} (guide)
{{/unless}}{{/if}}

{{#if mine}}{{#if links.contribution}}Renseigner ou modifier votre contribution : {{links.contribution}}
{{/if}}{{/if}}

{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Voici les personnes qui contribuent à la rencontre « <strong>{{title}}</strong> ». Prenez quelques minutes pour vous synchroniser : éviter les redites, enchaîner les présentations.</p>
{{> contributionsHtml}}{{#if guide}}{{#unless guideListed}}<p><strong>Guide :</strong> {{guide}}</p>{{/unless}}{{/if}}
{{#if mine}}{{#if links.contribution}}<p>{{button links.contribution "Renseigner ma contribution"}}</p>{{/if}}{{/if}}
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}`,
    chat: `#### :wave: Qui présente à « {{title}} »
{{> contributions}}{{#if guide}}{{#unless guideListed}}- {{guide}} (guide)
{{/unless}}{{/if}}{{#if mine}}{{#if links.contribution}}
[Renseigner ma contribution]({{links.contribution}})
{{/if}}{{/if}}`,
  },
  en: {
    subject: 'Who presents at "{{title}}" — {{day}}',
    text: `Hello {{recipientName}},

Here are the people contributing to "{{title}}". Take a few minutes to sync: avoid repeating each other, link the talks together.

{{> contributions}}{{#if guide}}{{#unless guideListed}}- {{guide}} (guide)
{{/unless}}{{/if}}

{{#if mine}}{{#if links.contribution}}Fill in or change your contribution: {{links.contribution}}
{{/if}}{{/if}}

{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Here are the people contributing to "<strong>{{title}}</strong>". Take a few minutes to sync: avoid repeating each other, link the talks together.</p>
{{> contributionsHtml}}{{#if guide}}{{#unless guideListed}}<p><strong>Guide:</strong> {{guide}}</p>{{/unless}}{{/if}}
{{#if mine}}{{#if links.contribution}}<p>{{button links.contribution "Fill in my contribution"}}</p>{{/if}}{{/if}}
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}`,
    chat: `#### :wave: Who presents at "{{title}}"
{{> contributions}}{{#if guide}}{{#unless guideListed}}- {{guide}} (guide)
{{/unless}}{{/if}}{{#if mine}}{{#if links.contribution}}
[Fill in my contribution]({{links.contribution}})
{{/if}}{{/if}}`,
  },
};
