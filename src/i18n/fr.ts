// French interface strings: the reference set. en.ts must have the same keys (checked by its type).
export const fr = {
  app: {
    name: 'Alliance Map',
    loading: 'Chargement de la carte…',
    loadingFile: 'Ouverture de « {{name}} »…',
    firstVisitHint: 'Survolez un acteur pour voir ses alliances, cliquez pour tout savoir.',
  },
  header: {
    open: 'Ouvrir',
    openTitle: 'Ouvrir un fichier de données JSON depuis votre ordinateur',
    language: 'Langue',
    about: 'À propos',
    source: 'Source',
    updated: 'Données du {{date}}',
  },
  drop: {
    hint: 'Déposez un fichier JSON pour l’ouvrir',
  },
  errors: {
    title: 'Ce fichier n’a pas pu être ouvert',
    invalidTitle: '« {{name}} » contient {{count}} problème',
    invalidTitle_other: '« {{name}} » contient {{count}} problèmes',
    more: 'et {{count}} autre problème',
    more_other: 'et {{count}} autres problèmes',
    mapKept: 'La carte affichée reste celle d’avant.',
    fixHint: 'Corrigez le fichier (la commande « npm run validate » liste tous les problèmes) puis rouvrez-le.',
    fetchFailed: 'Impossible de télécharger « {{url}} » : {{reason}}',
    fetchStatus: 'le serveur a répondu {{status}}',
    fetchNetwork: 'le serveur est injoignable ou refuse la lecture depuis cette page',
    readFailed: 'Impossible de lire le fichier « {{name}} ».',
    notJson: 'Ce n’est pas un fichier .json.',
    line: 'ligne {{line}}',
    dismiss: 'Fermer',
  },
  status: {
    summary: '{{nodes}} acteurs · {{edges}} alliances',
    filtered: '{{visibleNodes}} acteurs sur {{nodes}} · {{visibleEdges}} alliances sur {{edges}}',
  },
  kind: {
    catalyst: 'Catalyseur',
    funder: 'Financeur',
    'local-actor': 'Acteur local',
  },
  legend: {
    group: 'Groupe d’acteurs (bordure double)',
    size: 'Taille : nombre d’alliances',
    sdgRing: 'Anneau : ODD de l’acteur et de ses alliances',
    multiSupport: 'Plusieurs formes de soutien',
    arrows: 'La flèche suit le soutien : de qui donne vers qui reçoit. Épaisseur : montant.',
    title: 'Légende',
  },
};

export type Messages = typeof fr;
