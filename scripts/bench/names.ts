// Words the synthetic generator builds actor names from: plausible French names of associations,
// funders and networks of a territory, so that labels look and measure like real ones.
import type { Random } from '../../src/layout/prng';

export const LOCAL_FORMS = [
  'Association',
  'Collectif',
  'Coopérative',
  'Atelier',
  'Maison',
  'Tiers-lieu',
  'Ressourcerie',
  'Jardin partagé',
  'Café associatif',
  'Régie de quartier',
  'Centre social',
  'Épicerie solidaire',
  'Fablab',
  'Compagnie',
  'Entreprise d’insertion',
];
export const CATALYST_FORMS = [
  'Réseau',
  'Plateforme',
  'Pôle',
  'Agence',
  'Incubateur',
  'Fédération',
  'Union régionale',
  'Collectif régional',
];
export const FUNDER_FORMS = [
  'Fondation',
  'Fonds',
  'Fonds de dotation',
  'Caisse',
  'Banque des territoires',
  'Mécénat',
  'Club d’entreprises',
];
export const THEMES = [
  'des Solidarités',
  'Alimentation durable',
  'Économie circulaire',
  'Transition écologique',
  'Mobilité douce',
  'Habitat partagé',
  'Éducation populaire',
  'Numérique inclusif',
  'Santé communautaire',
  'Culture pour tous',
  'Emploi et insertion',
  'Eau et rivières',
  'Biodiversité',
  'Énergies citoyennes',
  'Égalité femmes-hommes',
  'Jeunesse engagée',
  'Sport et quartiers',
  'Réemploi',
  'Climat',
  'Accès aux droits',
];
export const PLACES = [
  'Loire',
  'Val',
  'Vallée',
  'Bocage',
  'Marais',
  'Plateau',
  'Côte',
  'Pays',
  'Faubourg',
  'Quartiers Nord',
  'Rive Gauche',
  'Centre-ville',
  'Hauts',
  'Bassin',
  'Littoral',
  'Massif',
  'Causses',
  'Forêt',
];
export const LOCAL_CATEGORIES = [
  'association',
  'coopérative',
  'entreprise de l’ESS',
  'collectivité',
  'établissement public',
  'collectif citoyen',
];
export const CATALYST_CATEGORIES = ['réseau régional', 'association', 'plateforme de ressources', 'réseau national'];
export const FUNDER_CATEGORIES = ['fondation', 'fonds', 'fondation d’entreprise', 'collectivité territoriale', 'banque', 'État'];

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

/** "Fondation Biodiversité du Bocage (Occitanie)"-like names; the region name tells communities apart. */
export function actorName(random: Random, forms: readonly string[], regionName: string): string {
  const form = pick(random, forms);
  const theme = pick(random, THEMES);
  return random() < 0.5 ? `${form} ${theme} – ${pick(random, PLACES)}` : `${form} ${theme} ${regionName}`;
}
