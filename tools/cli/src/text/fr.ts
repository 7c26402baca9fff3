import type { HeaderProblem } from '@cercle/member-csv';
import { rejectionReason, type Rejection } from '@cercle/member-csv';

// French counts 0 and 1 in the singular.
const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** The CLI's words in French (the default); `en.ts` has the same keys. */
export const fr = {
  help: {
    program: 'Cercle en ligne de commande : organiser les rencontres d’une communauté via l’API publique.',
    json: 'sortie lisible par une machine (JSON seul sur la sortie standard)',
    lang: 'langue des messages : fr (défaut) ou en',
    config: 'fichier de configuration (défaut : $XDG_CONFIG_HOME/cercle/config.json)',
    exitCodes: [
      'Codes de sortie :',
      '  0  tout s’est bien passé',
      '  1  usage : option ou argument invalide, fichier absent, en-tête CSV invalide, pas de configuration',
      '  2  refus de l’API : inconnu ou introuvable, jeton révoqué, expiré ou en lecture seule, requête invalide',
      '  3  API injoignable, trop lente ou en erreur (5xx)',
      '  4  fait en partie : lignes rejetées, renvois refusés, ou `doctor` a trouvé un problème',
      '  5  erreur inattendue de la commande elle-même (à signaler)',
      '',
      'Variables : CERCLE_API_URL et CERCLE_TOKEN remplacent l’adresse et le jeton de la configuration ;',
      'CERCLE_ADMIN_TOKEN donne le jeton d’administration à `cercle init`.',
    ].join('\n'),
    helpOption: 'affiche l’aide',
    helpCommand: 'affiche l’aide d’une commande',
    init: 'crée le premier compte organisateur avec le jeton d’administration et enregistre son jeton',
    initApiUrl: 'adresse publique de Cercle',
    initAdminToken: 'jeton d’administration (ADMIN_TOKEN ; ou la variable CERCLE_ADMIN_TOKEN)',
    initName: 'votre nom',
    initEmail: 'votre adresse e-mail (pour les invitations à co-organiser)',
    initForce: 'remplace une configuration existante',
    communities: 'vos communautés',
    communitiesList: 'liste les communautés que vous organisez',
    communitiesCreate: 'crée une communauté dont vous êtes propriétaire',
    communityName: 'nom de la communauté',
    communityChannel: 'identifiant du canal Mattermost de la communauté',
    communityLanguage: 'langue par défaut des membres : fr ou en',
    members: 'les membres d’une communauté',
    membersImport: 'importe des membres depuis un CSV (colonnes name, email, mattermost, language)',
    membersCommunity: 'identifiant de la communauté',
    membersDryRun: 'vérifie le fichier sans rien importer',
    series: 'les séries de rencontres',
    seriesCreate: 'crée une série selon un format (peer-group, open-forum ou le vôtre)',
    seriesList: 'liste les séries d’une communauté, avec leur prochaine rencontre',
    seriesFormat: 'format : peer-group, open-forum ou l’identifiant d’un de vos formats',
    seriesTitle: 'titre (défaut : le nom du format)',
    seriesFirstDate: 'premier jour possible, AAAA-MM-JJ (défaut : aujourd’hui)',
    seriesRrule: 'récurrence RRULE, ex. FREQ=MONTHLY;BYDAY=1TU (défaut : celle du format)',
    seriesStartTime: 'heure locale de début HH:mm (défaut : celle du format)',
    seriesTimeZone: 'fuseau horaire IANA',
    seriesDuration: 'durée en minutes (défaut : celle du format)',
    seriesLocation: 'lieu',
    seriesCapacity: 'nombre de places',
    seriesTheme: 'thème de la première rencontre',
    occurrences: 'les rencontres (occurrences) d’une série',
    occurrencesList: 'liste les rencontres d’une série',
    occurrencesSeries: 'identifiant de la série',
    occurrencesShow: 'montre une rencontre : programme, inscriptions, étapes',
    occurrencesAdvance: 'exécute maintenant la prochaine étape en attente',
    occurrencesReschedule: 'déplace une rencontre et prévient les inscrit·es',
    occurrencesTo: 'nouveau début, heure locale AAAA-MM-JJTHH:mm',
    occurrencesCancel: 'annule une rencontre et prévient les inscrit·es',
    occurrencesReason: 'raison de l’annulation (elle est communiquée)',
    deliveries: 'les envois (e-mails, messages Mattermost)',
    deliveriesFailed: 'liste les envois en échec',
    deliveriesResend: 'les renvoie',
    deliveriesOccurrence: 'seulement ceux d’une rencontre',
    doctor: 'vérifie la configuration, l’API, les services, la base, les files, l’e-mail et Mattermost',
  },
  errors: {
    unreachable: (url: string, reason: string) =>
      `Cercle ne répond pas à ${url} (${reason}). Est-il démarré (npm start) et l’adresse est-elle juste ?`,
    serverError: (status: number, message: string) =>
      `Cercle a rencontré une erreur (${status}${message ? ` : ${message}` : ''}). Réessayez ; si cela persiste, lancez « cercle doctor ».`,
    refused: (status: number, code: string, message: string, issues: Array<{ path: string; message: string }>) => {
      const known = API_CODES[code];
      const lines = [known ?? `L’API a refusé (${status}, ${code})${message ? ` : ${message}` : ''}`];
      for (const issue of issues) lines.push(`  ${issue.path || 'requête'} : ${issue.message}`);
      return lines.join('\n');
    },
    noConfig: (path: string) => `Pas de configuration (${path}). Commencez par « cercle init », ou donnez CERCLE_API_URL et CERCLE_TOKEN.`,
    invalidConfig: (path: string, reason: string) => `Configuration illisible (${path}) : ${reason}. Refaites « cercle init --force ».`,
    alreadyInitialised: (path: string, who: string) =>
      `Une configuration existe déjà (${path}, ${who}). « cercle init --force » la remplace : son jeton y sera perdu (révoquez-le s’il ne sert plus).`,
    adminTokenMissing:
      'Il manque le jeton d’administration : --admin-token, ou la variable CERCLE_ADMIN_TOKEN (l’ADMIN_TOKEN affiché au démarrage de Cercle).',
    fileNotFound: (path: string) => `Fichier introuvable : ${path}`,
    fileUnreadable: (path: string, reason: string) => `Impossible de lire ${path} : ${reason}`,
    csvEmpty: (path: string) =>
      `Le fichier ${path} est vide : il faut une ligne d’en-tête (name,email,mattermost,language) puis un membre par ligne.`,
    csvHeader: (path: string, problems: HeaderProblem[]) =>
      [
        `En-tête CSV invalide (${path}, ligne 1) :`,
        ...problems.map((p) =>
          p.kind === 'unknown'
            ? `  colonne inconnue « ${p.column} »`
            : p.kind === 'duplicate'
              ? `  colonne en double « ${p.column} »`
              : `  colonne obligatoire absente : ${p.column}`,
        ),
        'Colonnes reconnues : name (ou nom), email (ou courriel), mattermost (nom d’utilisateur, facultatif), language (ou langue : fr ou en, facultatif).',
      ].join('\n'),
    invalidOption: (option: string, value: string, expected: string) =>
      `Valeur invalide pour ${option} : « ${value} » (attendu : ${expected}).`,
    stoppedImport: (notSent: number) =>
      `Import interrompu : ${plural(notSent, 'ligne valide n’a', 'lignes valides n’ont')} pas été envoyée(s) ; relancez la même commande une fois le problème réglé (les membres déjà importés seront ignorés).`,
  },
  init: {
    created: (name: string, id: string) => `Compte organisateur créé : ${name} (${id}).`,
    waiting: 'Attente que les trois services acceptent le jeton…',
    notYetAccepted: 'Les services n’acceptent pas encore le jeton ; réessayez dans un moment ou lancez « cercle doctor ».',
    saved: (path: string) => `Jeton enregistré dans ${path} (lisible par vous seul·e).`,
    next: 'Suite : cercle communities create --name "Ma communauté" --mattermost-channel <id du canal>',
  },
  communities: {
    headers: ['identifiant', 'nom', 'rôle', 'langue', 'canal Mattermost'],
    none: 'Aucune communauté pour l’instant. Créez-en une : cercle communities create --name "Ma communauté"',
    role: (role: string) => (role === 'owner' ? 'propriétaire' : role === 'co-organiser' ? 'co-organisateur·rice' : role),
    created: (name: string, id: string) => `Communauté « ${name} » créée : ${id} (vous en êtes propriétaire).`,
    waiting: 'Attente que les services événements et notifications la connaissent…',
    notYetKnown: 'Les autres services ne la connaissent pas encore ; réessayez dans un moment.',
    next: (id: string) => `Suite : cercle members import membres.csv --community ${id}`,
  },
  members: {
    progress: (done: number, total: number) => `Import : ${done}/${total}`,
    summary: (imported: number, skipped: number, rejected: number, dryRun: boolean) =>
      `${dryRun ? 'Vérification seule : ' : ''}${plural(imported, dryRun ? 'membre serait importé' : 'membre importé', dryRun ? 'membres seraient importés' : 'membres importés')}, ` +
      `${plural(skipped, 'déjà membre (ignoré)', 'déjà membres (ignorés)')}, ${plural(rejected, 'ligne rejetée', 'lignes rejetées')}.`,
    rejectedHeader: 'Lignes rejetées :',
    skippedHeader: 'Déjà membres (même adresse e-mail), ignorés :',
    line: (line: number, reason: string) => `  ligne ${line} : ${reason}`,
    reason: (r: Rejection): string => rejectionReason(r, 'fr'),
  },
  series: {
    created: (title: string, id: string, format: string) => `Série « ${title} » créée : ${id} (format ${format}).`,
    planned: 'Rencontres prévues :',
    next: (id: string) => `Suite : cercle occurrences list --series ${id}`,
    headers: ['identifiant', 'titre', 'format', 'prochaine rencontre'],
    none: 'Aucune série dans cette communauté : cercle series create --community … --format peer-group',
    noNext: '—',
  },
  occurrences: {
    headers: ['identifiant', 'début (heure locale)', 'statut', 'titre'],
    none: 'Aucune rencontre prévue.',
    status: (status: string) =>
      ({
        planned: 'prévue',
        announced: 'annoncée',
        closed: 'inscriptions closes',
        held: 'tenue',
        archived: 'archivée',
        cancelled: 'annulée',
      })[status] ?? status,
    fields: {
      start: 'Début',
      location: 'Lieu',
      status: 'Statut',
      theme: 'Thème',
      registrations: 'Inscriptions',
      agenda: 'Programme',
      timeline: 'Étapes',
      capacity: 'Places',
    },
    field: (label: string, value: string | number) => `${label} : ${value}`,
    registrations: (yes: number, maybe: number, no: number) => `${yes} oui, ${maybe} peut-être, ${no} non`,
    step: (step: string, state: string, at: string) => `  ${step.padEnd(22)} ${state.padEnd(9)} ${at}`,
    ran: (runs: Array<{ step: string; state: string; outcome: string }>) =>
      runs.length
        ? runs.map((r) => `Étape ${r.step} : ${r.state === 'done' ? 'faite' : 'sautée'} (${r.outcome})`).join('\n')
        : 'Aucune étape exécutée.',
    rescheduled: (start: string, told: string) => `Rencontre déplacée au ${start}. Prévenu·es : ${told}.`,
    cancelled: (told: string) => `Rencontre annulée. Prévenu·es : ${told}.`,
    none_: '—',
  },
  deliveries: {
    headers: ['identifiant', 'type', 'canal', 'destinataire', 'essais', 'erreur'],
    none: 'Aucun envoi en échec.',
    total: (shown: number, total: number) => `${shown} envoi(s) en échec affiché(s) sur ${total}.`,
    resent: (n: number, refused: number) =>
      `${plural(n, 'envoi remis en file', 'envois remis en file')}${refused ? `, ${plural(refused, 'refusé', 'refusés')}` : ''} : suivez-les avec cercle deliveries failed.`,
  },
  doctor: {
    ok: 'ok',
    problem: 'problème',
    unknown: 'inconnu',
    config: 'Configuration',
    configOk: (path: string) => `${path}, lisible par vous seul·e`,
    configMode: (path: string, mode: string) => `${path} est lisible par d’autres (mode ${mode}) → chmod 600 ${path}`,
    configMissing: (path: string) => `absente (${path}) → cercle init`,
    api: 'API',
    apiOk: (url: string) => `${url} répond`,
    service: (name: string) => `Service ${name}`,
    serviceDown: (detail: string) =>
      `${detail} → regardez ses journaux ; la base de données et les files (Redis ou PostgreSQL) doivent être joignables`,
    healthMissing: 'la passerelle ne donne pas la santé des services (/health) : mettez-la à jour ou routez /health vers elle',
    token: 'Jeton',
    tokenOk: (name: string, readOnly: boolean) =>
      `${name}${readOnly ? ', lecture seule : les commandes qui modifient seront refusées' : ''}`,
    tokenBad: (message: string) => `${message} → créez un jeton (cercle init --force, ou POST /organisers/me/tokens avec un jeton valide)`,
    tokenElsewhere: (service: string, message: string) => `le service ${service} refuse le jeton : ${message}`,
    channel: (channel: string): string => (channel === 'email' ? 'E-mail (SMTP)' : 'Mattermost'),
    channelOk: 'aucun envoi en échec',
    channelRetrying: (n: number, error: string, setting: string) =>
      `${plural(n, 'envoi', 'envois')} en nouvel essai, dernière erreur : ${error} → vérifiez ${setting} et que le serveur répond ; ils repartiront seuls`,
    channelFailed: (n: number, error: string, setting: string) =>
      `${n} envoi(s) en échec, dernier : ${error} → vérifiez ${setting} puis « cercle deliveries failed --resend »`,
    unknownMattermostUser: (n: number, username: string) =>
      `${n} envoi(s) en échec, dernier : Mattermost ne connaît pas l’utilisateur « ${username} » (message direct) → ajoutez cette personne à Mattermost (en local : le formulaire de la boîte de réception) ou corrigez son nom d’utilisateur Mattermost dans la communauté, puis « cercle deliveries failed --resend »`,
    channelUnknown: 'aucune route de l’API ne le dit sans jeton valide',
    line: (mark: string, check: string, detail: string) => `${mark} ${check} : ${detail}`,
    allGood: 'Tout va bien.',
    problems: (n: number) => `${plural(n, 'problème trouvé', 'problèmes trouvés')}.`,
  },
};

/** The API's error codes an organiser meets most, said in their language; others show the API's own message. */
const API_CODES: Record<string, string> = {
  'token-revoked':
    'Ce jeton a été révoqué. Obtenez-en un nouveau : « cercle init --force --name … --email <votre adresse> » avec le jeton d’administration, ou demandez-le à un autre organisateur·rice.',
  'token-expired':
    'Ce jeton a expiré. Créez-en un nouveau avec un jeton valide (POST /organisers/me/tokens) ou refaites « cercle init --force ».',
  'token-unknown': 'Jeton inconnu de Cercle. Vérifiez CERCLE_TOKEN ou refaites « cercle init ».',
  'token-required': 'Un jeton d’organisateur est nécessaire : lancez « cercle init ».',
  'token-read-only': 'Ce jeton est en lecture seule : il ne peut que consulter. Utilisez un jeton complet pour modifier.',
  'admin-token-required': 'Jeton d’administration refusé : donnez l’ADMIN_TOKEN de l’installation.',
  'admin-token': 'Le jeton d’administration ne sert qu’à créer des organisateur·rices ; utilisez le jeton de « cercle init ».',
  'community-not-found': 'Communauté inconnue, ou que vous n’organisez pas (cercle communities list).',
  'series-not-found': 'Série inconnue, ou d’une communauté que vous n’organisez pas.',
  'occurrence-not-found': 'Rencontre inconnue, ou d’une communauté que vous n’organisez pas (cercle occurrences list --series …).',
  'delivery-not-found': 'Envoi inconnu, ou d’une communauté que vous n’organisez pas.',
  'owner-only': 'Seul·e un·e propriétaire de la communauté peut faire cela.',
  'invalid-id': 'Identifiant invalide : il faut un UUID (tel que l’affiche « list »).',
  'occurrence-cancelled': 'Cette rencontre est annulée : plus aucune étape ne peut s’exécuter.',
  'nothing-pending': 'Toutes les étapes de cette rencontre ont déjà été exécutées.',
  'delivery-not-failed': 'Seul un envoi en échec peut être renvoyé.',
  'organiser-email-taken': 'Un compte organisateur utilise déjà cette adresse e-mail.',
};
