/**
 * Bringing a document in: reading files and pasted text at the edge, taking the article
 * out of HTML, proposing title / publication time / language from scraped text, and
 * running the extractor in a Web Worker. See docs/import-and-workspace.md.
 */
export { readImportFile, readPastedText, importFormatOf, sizeLimitOf, ACCEPTED_FILE_TYPES } from './readImportFile';
export type { ImportInput, ImportedFile, ImportFormat, ReadImportOptions } from './readImportFile';
export type { ImportError, ImportErrorCode, ImportResult } from './importErrors';
export { IMPORT_LIMITS, formatBytes } from './limits';
export { extractHtmlArticle, browserParseHtml } from './htmlArticle';
export type { HtmlArticle, ParseHtml } from './htmlArticle';
export { analyseScrapedText } from './analyseScrapedText';
export type { ScrapedTextAnalysis, TitleProposal, FurnitureItem, FurnitureKind, AnalyseOptions } from './analyseScrapedText';
export { identifyLanguage } from './language';
export type { LanguageGuess } from './language';
export { referenceFor, isoToPublished } from './published';
export type { PublishedProposal, Assumption, TextSpan } from './published';
export { zoneOffsetAt, formatOffset } from './zoneOffset';
