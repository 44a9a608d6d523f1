export { extract, findMentions, findMentionsChronoOnly, resolveReference, RULES } from './extract';
export type { ExtractOptions, Extraction } from './extract';
export { detectLanguage } from './detectLanguage';
export { makeContext } from './context';
export { parseReference } from './reference';
export { findActors, ACTORS } from './actors';
export { EXTRACTOR_VERSION } from './version';
export type { Lang, Mention, Reference, TimexType } from './types';
