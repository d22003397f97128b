// Search over the actors of a map and the SDGs: pure functions, no React.
export { normalizeText, foldText, type FoldedText } from './normalize';
export { buildSearchIndex, searchActors, excerpt, type ActorMatch, type SearchEntry, type SearchField, type SearchIndex } from './actors';
export { searchSdgs, type SdgSuggestion } from './sdgs';
