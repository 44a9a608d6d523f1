import {
  analyseScrapedText, identifyLanguage, type Assumption, type ImportedFile, type ScrapedTextAnalysis,
} from '../../import';
import type { Lang } from '../../extract';
import type { ImportOrigin } from '../../workspace';
import { fieldsFromProposal, type PublishedFields } from './publishedForm';

/**
 * A document on its way in, as the analyst confirms it: the text exactly as it will be
 * stored, and the proposals read from it (title, publication time and zone, language),
 * each editable. Built on the main thread: the analysis reads only the header lines and
 * a language sample, so it stays quick on long texts.
 */
export interface ImportDraft {
  readonly text: string;
  readonly origin: ImportOrigin;
  readonly analysis: ScrapedTextAnalysis;
  readonly title: string;
  readonly fields: PublishedFields;
  /** What the proposal assumed rather than read: flagged for the analyst to check. */
  readonly assumed: readonly Assumption[];
  /** Where the publication time came from, in words; null when nothing was found. */
  readonly publishedWhy: string | null;
  readonly lang: Lang;
  /** The detected language, for the hint beside the choice. */
  readonly detected: { readonly tag: string; readonly confidence: number };
  readonly byline: string | null;
  readonly publisher: string | null;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 200);
}

export function draftFromText(text: string, origin: ImportOrigin): ImportDraft {
  const analysis = analyseScrapedText(text);
  const language = identifyLanguage(text);
  const published = analysis.published;
  return {
    text, origin, analysis,
    title: analysis.title?.value ?? firstLine(text),
    fields: fieldsFromProposal(published),
    assumed: published?.assumed ?? [],
    publishedWhy: published?.why ?? null,
    lang: language.extractorLang ?? analysis.language.extractorLang ?? 'en',
    detected: { tag: language.tag, confidence: language.confidence },
    byline: null,
    publisher: null,
  };
}

/** A text or HTML file; the page's own meta data wins over what is read from the text. */
export function draftFromFile(file: Exclude<ImportedFile, { kind: 'dataset' }>): ImportDraft {
  if (file.kind === 'text') return draftFromText(file.text, { kind: 'file', fileName: file.fileName, format: file.format });
  const base = draftFromText(file.text, { kind: 'file', fileName: file.fileName, format: 'html' });
  const declared = file.declaredLanguage?.toLowerCase().slice(0, 2);
  const declaredLang: Lang | null = declared === 'ru' || declared === 'en' ? declared : null;
  const detected = identifyLanguage(file.text).extractorLang;
  return {
    ...base,
    title: file.title?.trim() || base.title,
    ...(file.published
      ? { fields: fieldsFromProposal(file.published), assumed: file.published.assumed, publishedWhy: file.published.why }
      : {}),
    lang: detected ?? declaredLang ?? base.lang,
    byline: file.byline,
    publisher: file.siteName,
  };
}
