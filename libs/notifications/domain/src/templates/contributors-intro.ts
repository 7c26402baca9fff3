import type { LocalisedTemplates } from './kind-templates';

// Contributors of one occurrence introduced to each other, so they can sync before the day.
export const contributorsIntro: LocalisedTemplates = {
  fr: {
    subject: 'Qui présente à « {{title}} » — {{day}}',
    text: `Bonjour {{recipientName}},

Voici les personnes qui contribuent à « {{title}} »{{#if theme}} (thème : {{theme}}){{/if}}. Prenez quelques minutes pour vous synchroniser : éviter les redites, enchaîner les présentations.

{{> contributions}}
{{> practical}}{{#if guide}}Guide : {{guide}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Voici les personnes qui contribuent à « <strong>{{title}}</strong> »{{#if theme}} (thème : {{theme}}){{/if}}. Prenez quelques minutes pour vous synchroniser : éviter les redites, enchaîner les présentations.</p>
{{> contributionsHtml}}{{> practicalHtml}}{{#if guide}}<p><strong>Guide :</strong> {{guide}}</p>{{/if}}`,
    chat: `#### :wave: Contributeur·rices de {{title}}
{{> contributions}}`,
  },
  en: {
    subject: 'Who presents at "{{title}}" — {{day}}',
    text: `Hello {{recipientName}},

Here are the people contributing to "{{title}}"{{#if theme}} (theme: {{theme}}){{/if}}. Take a few minutes to sync: avoid repeating each other, link the talks together.

{{> contributions}}
{{> practical}}{{#if guide}}Guide: {{guide}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Here are the people contributing to "<strong>{{title}}</strong>"{{#if theme}} (theme: {{theme}}){{/if}}. Take a few minutes to sync: avoid repeating each other, link the talks together.</p>
{{> contributionsHtml}}{{> practicalHtml}}{{#if guide}}<p><strong>Guide:</strong> {{guide}}</p>{{/if}}`,
    chat: `#### :wave: Contributors of {{title}}
{{> contributions}}`,
  },
};
