import type { Lang } from '../shell/page-context';

export const firstOrganiserText: Record<Lang, Record<string, string>> = {
  fr: {
    title: 'Créer un compte d’organisateur',
    crumb: 'Se connecter',
    intro:
      'Sur une nouvelle installation, personne ne peut encore se connecter : créez ici le premier compte d’organisateur ou d’organisatrice. Il faut le jeton d’administration de l’installation, que « npm start » affiche au démarrage (ou la variable ADMIN_TOKEN). Plus tard, cette page sert encore à ajouter un compte, toujours avec ce jeton.',
    adminToken: 'Jeton d’administration',
    adminTokenHint: 'La ligne « Jeton administrateur » affichée par npm start, par exemple adm_…',
    adminTokenMissing: 'Collez le jeton d’administration de l’installation.',
    adminTokenWrong:
      'Ce jeton d’administration n’est pas celui de l’installation. Copiez la ligne « Jeton administrateur » affichée par npm start, ou demandez-le à la personne qui administre Cercle.',
    name: 'Votre nom',
    nameHint: 'Tel qu’il apparaîtra aux autres organisateurs et organisatrices',
    nameMissing: 'Indiquez un nom (200 caractères au plus).',
    email: 'Votre adresse e-mail',
    emailHint: 'Le lien de connexion y est envoyé. Format attendu : nom@domaine.fr',
    emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@domaine.fr.',
    emailTaken: 'Un compte d’organisateur utilise déjà cette adresse : connectez-vous avec un lien envoyé par e-mail.',
    submit: 'Créer le compte et recevoir un lien de connexion',
    doneTitle: 'Compte créé',
    done: 'Le compte de {name} est créé. Un lien de connexion vient d’être envoyé à {email} : ouvrez-le pour entrer dans la console (il est valable 15 minutes). Sur une installation locale lancée par npm start, l’e-mail arrive dans la boîte locale dont l’adresse s’affiche au démarrage.',
    tokenTitle: 'Jeton d’API de ce compte',
    token:
      'Pour la ligne de commande et l’API seulement (la console n’en a pas besoin). Il n’est affiché qu’une fois : copiez-le maintenant ou ignorez-le ; il se révoque comme tout jeton.',
    signIn: 'Aller à la page de connexion',
  },
  en: {
    title: 'Create an organiser account',
    crumb: 'Sign in',
    intro:
      'On a new installation nobody can sign in yet: create the first organiser account here. You need the installation’s admin token, which “npm start” prints when it starts (or the ADMIN_TOKEN variable). Later on, this page still adds accounts, always with that token.',
    adminToken: 'Admin token',
    adminTokenHint: 'The “Jeton administrateur” line npm start prints, e.g. adm_…',
    adminTokenMissing: 'Paste the installation’s admin token.',
    adminTokenWrong:
      'This is not the installation’s admin token. Copy the “Jeton administrateur” line npm start prints, or ask whoever runs Cercle.',
    name: 'Your name',
    nameHint: 'As other organisers will see it',
    nameMissing: 'Give a name (200 characters at most).',
    email: 'Your email address',
    emailHint: 'The sign-in link is sent there. Expected format: name@domain.org',
    emailInvalid: 'Enter a valid email address, for example name@domain.org.',
    emailTaken: 'An organiser account already uses this address: sign in with a link sent by email.',
    submit: 'Create the account and send me a sign-in link',
    doneTitle: 'Account created',
    done: '{name}’s account is created. A sign-in link was just sent to {email}: open it to enter the console (it is valid for 15 minutes). On a local installation started with npm start, the email arrives in the local inbox whose address is printed at start-up.',
    tokenTitle: 'This account’s API token',
    token:
      'For the command line and the API only (the console does not need it). It is shown once: copy it now or ignore it; it can be revoked like any token.',
    signIn: 'Go to the sign-in page',
  },
};
