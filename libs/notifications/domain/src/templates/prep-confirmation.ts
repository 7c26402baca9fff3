import type { LocalisedTemplates } from './kind-templates';

// To a contributor whose title and materials are in: a short "all set", not a nudge, and where to change it.
export const prepConfirmation: LocalisedTemplates = {
  fr: {
    subject: 'Tout est prêt : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Merci : votre contribution à la rencontre « {{title}} » est prête{{#if mine.title}} (« {{mine.title}} »{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.

{{#if mine.materialsUrl}}Supports : {{mine.materialsUrl}}
{{/if}}{{#if links.contribution}}Vous pouvez encore la modifier : {{links.contribution}}
{{/if}}

{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{#if guide}}Guide : {{guide}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Merci : votre contribution à la rencontre « <strong>{{title}}</strong> » est prête{{#if mine.title}} (« {{mine.title}} »{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.</p>
{{#if mine.materialsUrl}}<p><a href="{{mine.materialsUrl}}">Vos supports</a></p>{{/if}}
{{#if links.contribution}}<p>Vous pouvez encore la modifier : <a href="{{links.contribution}}">votre contribution</a></p>{{/if}}
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}{{#if guide}}<p><strong>Guide :</strong> {{guide}}</p>{{/if}}`,
    chat: `:white_check_mark: Votre contribution à la rencontre « {{title}} » est prête{{#if mine.title}} : {{mine.title}}{{/if}}. Merci !{{#if links.contribution}} [La modifier]({{links.contribution}}){{/if}}`,
  },
  en: {
    subject: 'All set: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

Thank you: your contribution to "{{title}}" is ready{{#if mine.title}} ("{{mine.title}}"{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.

{{#if mine.materialsUrl}}Materials: {{mine.materialsUrl}}
{{/if}}{{#if links.contribution}}You can still change it: {{links.contribution}}
{{/if}}

{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{#if guide}}Guide: {{guide}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Thank you: your contribution to "<strong>{{title}}</strong>" is ready{{#if mine.title}} ("{{mine.title}}"{{#if mine.kindLabel}}, {{mine.kindLabel}}{{/if}}){{/if}}.</p>
{{#if mine.materialsUrl}}<p><a href="{{mine.materialsUrl}}">Your materials</a></p>{{/if}}
{{#if links.contribution}}<p>You can still change it: <a href="{{links.contribution}}">your contribution</a></p>{{/if}}
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}{{#if guide}}<p><strong>Guide:</strong> {{guide}}</p>{{/if}}`,
    chat: `:white_check_mark: Your contribution to **{{title}}** is ready{{#if mine.title}}: {{mine.title}}{{/if}}. Thank you!{{#if links.contribution}} [Change it]({{links.contribution}}){{/if}}`,
  },
};
