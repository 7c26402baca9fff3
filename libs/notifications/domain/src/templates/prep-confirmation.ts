import type { LocalisedTemplates } from './kind-templates';

// To a contributor whose title and materials are in: a short "all set", not a nudge.
export const prepConfirmation: LocalisedTemplates = {
  fr: {
    subject: 'Tout est prêt : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Merci : votre contribution à « {{title}} » est prête{{#if mine.title}} (« {{mine.title}} »{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.
{{#if mine.materialsUrl}}Supports : {{mine.materialsUrl}}
{{/if}}
{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Merci : votre contribution à « <strong>{{title}}</strong> » est prête{{#if mine.title}} (« {{mine.title}} »{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.</p>
{{#if mine.materialsUrl}}<p><a href="{{mine.materialsUrl}}">Vos supports</a></p>{{/if}}
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}{{#if guide}}<p><strong>Guide :</strong> {{guide}}</p>{{/if}}`,
    chat: `:white_check_mark: Votre contribution à **{{title}}** est prête{{#if mine.title}} : {{mine.title}}{{/if}}. Merci !`,
  },
  en: {
    subject: 'All set: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

Thank you: your contribution to "{{title}}" is ready{{#if mine.title}} ("{{mine.title}}"{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.
{{#if mine.materialsUrl}}Materials: {{mine.materialsUrl}}
{{/if}}
{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Thank you: your contribution to "<strong>{{title}}</strong>" is ready{{#if mine.title}} ("{{mine.title}}"{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.</p>
{{#if mine.materialsUrl}}<p><a href="{{mine.materialsUrl}}">Your materials</a></p>{{/if}}
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}{{#if guide}}<p><strong>Guide:</strong> {{guide}}</p>{{/if}}`,
    chat: `:white_check_mark: Your contribution to **{{title}}** is ready{{#if mine.title}}: {{mine.title}}{{/if}}. Thank you!`,
  },
};
