import type { Messages } from './fr';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const en: DeepStrings<Messages> = {
  app: {
    name: 'Alliance Map',
    loading: 'Loading the map…',
    loadingFile: 'Opening “{{name}}”…',
    firstVisitHint: 'Hover over an actor to see its alliances; click to learn everything about it.',
  },
  header: {
    open: 'Open',
    openTitle: 'Open a JSON data file from your computer',
    language: 'Language',
    about: 'About',
    source: 'Source',
    updated: 'Data of {{date}}',
  },
  drop: {
    hint: 'Drop a JSON file to open it',
  },
  errors: {
    title: 'This file could not be opened',
    invalidTitle: '“{{name}}” has {{count}} problem',
    invalidTitle_other: '“{{name}}” has {{count}} problems',
    more: 'and {{count}} more problem',
    more_other: 'and {{count}} more problems',
    mapKept: 'The map shown is still the previous one.',
    fixHint: 'Fix the file (the command “npm run validate” lists every problem) and open it again.',
    fetchFailed: 'Could not download “{{url}}”: {{reason}}',
    fetchStatus: 'the server answered {{status}}',
    fetchNetwork: 'the server cannot be reached or refuses reads from this page',
    readFailed: 'Could not read the file “{{name}}”.',
    notJson: 'This is not a .json file.',
    line: 'line {{line}}',
    dismiss: 'Close',
  },
  status: {
    summary: '{{nodes}} actors · {{edges}} alliances',
    filtered: '{{visibleNodes}} of {{nodes}} actors · {{visibleEdges}} of {{edges}} alliances',
  },
  kind: {
    catalyst: 'Catalyst',
    funder: 'Funder',
    'local-actor': 'Local actor',
  },
  legend: {
    group: 'Group of actors (double border)',
    size: 'Size: number of alliances',
    sdgRing: 'Ring: SDGs of the actor and its alliances',
    multiSupport: 'Several forms of support',
    arrows: 'Arrows follow the support, from giver to receiver. Width: amount.',
    title: 'Legend',
  },
};
