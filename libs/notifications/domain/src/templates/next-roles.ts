import type { LocalisedTemplates } from './kind-templates';

// After the anticipation slot: the next theme and who guides and contributes next time.
export const nextRoles: LocalisedTemplates = {
  fr: {
    subject: 'Prochaine session de {{communityName}} : thème et rôles',
    text: `Bonjour {{recipientName}},

À l’issue de « {{title}} », la prochaine session a été préparée.

{{#if nextTheme}}Thème : {{nextTheme}}
{{/if}}{{#if nextGuide}}Guide : {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributeur·rices : {{nextContributorsList}}
{{/if}}{{#if links.respond}}
Accepter ou décliner votre rôle : {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>À l’issue de « <strong>{{title}}</strong> », la prochaine session a été préparée.</p>
{{#if nextTheme}}<p><strong>Thème :</strong> {{nextTheme}}</p>{{/if}}
{{#if nextGuide}}<p><strong>Guide :</strong> {{nextGuide}}</p>{{/if}}
{{#if nextContributorsList}}<p><strong>Contributeur·rices :</strong> {{nextContributorsList}}</p>{{/if}}
{{#if links.respond}}<p>{{button links.respond "Répondre"}}</p>{{/if}}`,
    chat: `#### :arrow_forward: Prochaine session
{{#if nextTheme}}Thème : **{{nextTheme}}**
{{/if}}{{#if nextGuide}}Guide : {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributeur·rices : {{nextContributorsList}}
{{/if}}`,
  },
  en: {
    subject: 'Next {{communityName}} session: theme and roles',
    text: `Hello {{recipientName}},

At the end of "{{title}}", the next session was prepared.

{{#if nextTheme}}Theme: {{nextTheme}}
{{/if}}{{#if nextGuide}}Guide: {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributors: {{nextContributorsList}}
{{/if}}{{#if links.respond}}
Accept or decline your role: {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>At the end of "<strong>{{title}}</strong>", the next session was prepared.</p>
{{#if nextTheme}}<p><strong>Theme:</strong> {{nextTheme}}</p>{{/if}}
{{#if nextGuide}}<p><strong>Guide:</strong> {{nextGuide}}</p>{{/if}}
{{#if nextContributorsList}}<p><strong>Contributors:</strong> {{nextContributorsList}}</p>{{/if}}
{{#if links.respond}}<p>{{button links.respond "Respond"}}</p>{{/if}}`,
    chat: `#### :arrow_forward: Next session
{{#if nextTheme}}Theme: **{{nextTheme}}**
{{/if}}{{#if nextGuide}}Guide: {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributors: {{nextContributorsList}}
{{/if}}`,
  },
};
