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
    channelPick: 'Canal où le robot de Cercle est membre',
    channelPickHint:
      'Équipe / canal, tels qu’ils s’affichent dans Mattermost. Un canal absent de la liste : ajoutez-y le robot, ou collez son identifiant ci-dessous.',
    noChannel: 'Aucun canal : e-mail seulement',
    channelIdFallback: 'Ou identifiant du canal, s’il n’est pas dans la liste',
    channelList_pending:
      'La liste des canaux du robot n’est pas encore prête pour cette nouvelle communauté : rechargez la page dans un instant, ou collez l’identifiant du canal ci-dessous.',
    channelList_empty:
      'Le robot de Cercle n’est membre d’aucun canal Mattermost : ajoutez-le au canal de la communauté, ou collez l’identifiant du canal ci-dessous.',
    channelList_unavailable:
      'Mattermost ne répond pas : la liste des canaux n’est pas disponible pour l’instant. Vous pouvez coller l’identifiant du canal ci-dessous.',
    'channelList_not-configured':
      'Mattermost n’est pas configuré sur cette installation : Cercle n’écrit que par e-mail. Vous pouvez tout de même enregistrer l’identifiant d’un canal.',
    channelHint:
      'Dans Mattermost : menu du canal › Afficher les informations › identifiant (26 caractères). Laissez vide pour l’e-mail seulement.',
    channelInvalid: 'Un identifiant de canal Mattermost fait de 1 à 64 lettres ou chiffres.',
    channelBoth: 'Choisissez un canal dans la liste ou collez un identifiant, pas les deux : videz l’un des deux champs.',
    saveChannel: 'Enregistrer le canal',
    channelSaved: 'Le canal Mattermost a été enregistré : un message de test y a été publié.',
    channelRefused: 'Le robot de Cercle n’a pas pu publier dans ce canal (est-il membre du canal ?). Mattermost a répondu :',
    created: 'La communauté a été créée. Ajoutez ses membres et son canal Mattermost.',
    none: 'aucun',
    organisers: 'Co-organisation',
    manageOrganisers: 'Voir et inviter les co-organisateurs et co-organisatrices',
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
    channelPick: 'Channel Cercle’s bot is a member of',
    channelPickHint: 'Team / channel, as Mattermost shows them. A channel missing from the list: add the bot to it, or paste its id below.',
    noChannel: 'No channel: email only',
    channelIdFallback: 'Or the channel id, if it is not in the list',
    channelList_pending:
      'The list of the bot’s channels is not ready yet for this new community: reload the page in a moment, or paste the channel id below.',
    channelList_empty:
      'Cercle’s bot is a member of no Mattermost channel: add it to the community’s channel, or paste the channel id below.',
    channelList_unavailable:
      'Mattermost is not answering: the list of channels is not available for now. You can paste the channel id below.',
    'channelList_not-configured':
      'Mattermost is not configured on this installation: Cercle writes by email only. You can still save a channel id.',
    channelHint: 'In Mattermost: channel menu › View info › id (26 characters). Leave empty for email only.',
    channelInvalid: 'A Mattermost channel id has 1 to 64 letters or digits.',
    channelBoth: 'Pick a channel in the list or paste an id, not both: empty one of the two fields.',
    saveChannel: 'Save the channel',
    channelSaved: 'The Mattermost channel was saved: a test message was posted there.',
    channelRefused: 'Cercle’s bot could not post in this channel (is it a member?). Mattermost answered:',
    created: 'The community was created. Add its members and its Mattermost channel.',
    none: 'none',
    organisers: 'Co-organising',
    manageOrganisers: 'See and invite co-organisers',
  },
};
