import type { Lang } from '../shell/page-context';

export const communityText: Record<Lang, Record<string, string>> = {
  fr: {
    communities: 'Communautés',
    members: 'Membres',
    memberCount: 'membres actifs ou non',
    manageMembers: 'Gérer les membres',
    importMembers: 'Importer des membres (CSV)',
    channelTitle: 'Canal Mattermost',
    channelIntro: 'Les annonces, le programme et les notes sont publiés dans ce canal. Sans canal, Cercle n’écrit que par e-mail.',
    channelId: 'Identifiant du canal',
    channelHint:
      'Dans Mattermost : menu du canal › Afficher les informations › identifiant (26 caractères). Laissez vide pour l’e-mail seulement.',
    channelInvalid: 'Un identifiant de canal Mattermost fait de 1 à 64 lettres ou chiffres.',
    saveChannel: 'Enregistrer le canal',
    channelSaved: 'Le canal Mattermost a été enregistré.',
    created: 'La communauté a été créée. Ajoutez ses membres et son canal Mattermost.',
    none: 'aucun',
  },
  en: {
    communities: 'Communities',
    members: 'Members',
    memberCount: 'members, active or not',
    manageMembers: 'Manage members',
    importMembers: 'Import members (CSV)',
    channelTitle: 'Mattermost channel',
    channelIntro: 'Announcements, the programme and notes are posted in this channel. Without one, Cercle writes by email only.',
    channelId: 'Channel id',
    channelHint: 'In Mattermost: channel menu › View info › id (26 characters). Leave empty for email only.',
    channelInvalid: 'A Mattermost channel id has 1 to 64 letters or digits.',
    saveChannel: 'Save the channel',
    channelSaved: 'The Mattermost channel was saved.',
    created: 'The community was created. Add its members and its Mattermost channel.',
    none: 'none',
  },
};
