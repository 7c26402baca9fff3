import type { LocalisedTemplates } from './kind-templates';

// After the anticipation slot: when the next session is, its theme and who guides and contributes. No
// contribution link: the message is about this occurrence, and such a link would open this one's page.
export const nextRoles: LocalisedTemplates = {
  fr: {
    subject: 'Prochaine session {{de communityName}} : thème et rôles',
    text: `Bonjour {{recipientName}},

À l’issue de la rencontre « {{title}} », la prochaine session a été préparée.

{{#if nextWhen}}Date : {{nextWhen}}
{{/if}}{{#if nextTheme}}Thème : {{nextTheme}}
{{/if}}{{#if nextGuide}}Guide : {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributeur·rices : {{nextContributorsList}}
{{/if}}

{{#if links.respond}}Accepter ou décliner votre rôle : {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>À l’issue de la rencontre « <strong>{{title}}</strong> », la prochaine session a été préparée.</p>
{{#if nextWhen}}<p><strong>Date :</strong> {{nextWhen}}</p>{{/if}}
{{#if nextTheme}}<p><strong>Thème :</strong> {{nextTheme}}</p>{{/if}}
{{#if nextGuide}}<p><strong>Guide :</strong> {{nextGuide}}</p>{{/if}}
{{#if nextContributorsList}}<p><strong>Contributeur·rices :</strong> {{nextContributorsList}}</p>{{/if}}
{{#if links.respond}}<p>{{button links.respond "Accepter ou décliner"}}</p>{{/if}}`,
    chat: `#### :arrow_forward: Prochaine session {{de communityName}}
{{#if nextWhen}}Date : **{{nextWhen}}**
{{/if}}{{#if nextTheme}}Thème : **{{nextTheme}}**
{{/if}}{{#if nextGuide}}Guide : {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributeur·rices : {{nextContributorsList}}
{{/if}}{{#if links.respond}}[Accepter ou décliner mon rôle]({{links.respond}})
{{/if}}`,
  },
  en: {
    subject: 'Next {{communityName}} session: theme and roles',
    text: `Hello {{recipientName}},

At the end of "{{title}}", the next session was prepared.

{{#if nextWhen}}Date: {{nextWhen}}
{{/if}}{{#if nextTheme}}Theme: {{nextTheme}}
{{/if}}{{#if nextGuide}}Guide: {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributors: {{nextContributorsList}}
{{/if}}

{{#if links.respond}}Accept or decline your role: {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>At the end of "<strong>{{title}}</strong>", the next session was prepared.</p>
{{#if nextWhen}}<p><strong>Date:</strong> {{nextWhen}}</p>{{/if}}
{{#if nextTheme}}<p><strong>Theme:</strong> {{nextTheme}}</p>{{/if}}
{{#if nextGuide}}<p><strong>Guide:</strong> {{nextGuide}}</p>{{/if}}
{{#if nextContributorsList}}<p><strong>Contributors:</strong> {{nextContributorsList}}</p>{{/if}}
{{#if links.respond}}<p>{{button links.respond "Accept or decline"}}</p>{{/if}}`,
    chat: `#### :arrow_forward: Next {{communityName}} session
{{#if nextWhen}}Date: **{{nextWhen}}**
{{/if}}{{#if nextTheme}}Theme: **{{nextTheme}}**
{{/if}}{{#if nextGuide}}Guide: {{nextGuide}}
{{/if}}{{#if nextContributorsList}}Contributors: {{nextContributorsList}}
{{/if}}{{#if links.respond}}[Accept or decline my role]({{links.respond}})
{{/if}}`,
  },
};
