import { datelineCityZone } from './cityZones';
import { datelineDay, findDatelines, type Dateline } from './datelines';
import { identifyLanguage, type LanguageGuess } from './language';
import { publishedValue, type Assumption, type PublishedProposal, type TextSpan } from './published';
import { zoneOffsetAt } from './zoneOffset';

/**
 * Scraped article text carries the page around the article: a tag line, rubrics, the
 * title (often twice), datelines, a photo credit. This finds them and proposes the
 * title, the publication date-time with its zone, and the language, each with a
 * confidence and the span it came from. Nothing here is final: the analyst confirms or
 * corrects the proposals before extraction.
 *
 * How the publication line is chosen: a page shows several datelines — the site's
 * header or a tag line's latest item ("13 августа 2025 / 10:18" above the rubrics in
 * the built-in article) and the article's own, printed in the title block, directly
 * under or above the headline ("…заверил Путина в поддержке России / 13 августа 2025 /
 * 10:15"). The one next to the title is the article's; an "Updated" line is not the
 * publication.
 */

export type FurnitureKind = 'tag-line' | 'rubric' | 'title' | 'title-repeat' | 'dateline' | 'photo-credit';

export interface FurnitureItem extends TextSpan {
  readonly kind: FurnitureKind;
  readonly text: string;
}

export interface TitleProposal {
  readonly value: string;
  readonly confidence: number;
  readonly span: TextSpan;
  readonly why: string;
}

export interface ScrapedTextAnalysis {
  readonly language: LanguageGuess;
  readonly title: TitleProposal | null;
  /** The best guess at the publication date-time, or null when the text has no dateline. */
  readonly published: PublishedProposal | null;
  /** Every other dateline in the page's furniture, best first: the UI offers them as alternatives. */
  readonly publishedAlternatives: readonly PublishedProposal[];
  /** The page furniture found, in text order. The text itself is not changed. */
  readonly furniture: readonly FurnitureItem[];
  /** Offset where the article's own text begins (after the header furniture). */
  readonly bodyStart: number;
}

export interface AnalyseOptions {
  /**
   * The zone to assume for a dateline that names none. Default: Europe/Moscow for
   * Russian text (Russian news sites print Moscow time), none otherwise.
   */
  readonly defaultZone?: string;
}

interface Line extends TextSpan {
  readonly index: number;
  readonly text: string;
}

/** At most this many lines are looked at for the header. */
const HEADER_LINES = 30;
/** No tag line, rubric or title runs this long: a line of many words this long is text. */
const MAX_HEADER_LINE = 300;

const CREDIT = /^(©|\(c\)\s|фото\s*:|фото\s+\p{Lu}|photo\s*:|photograph\s*:|image\s*:|picture\s*:|источник\s+фото|getty\s+images|reuters\/|ap\s+photo)/iu;
const TAG_LABEL = /^(date|tags?|теги|темы?|рубрики?)\b|\d{4}-\d{2}-\d{2}/iu;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ index: index++, start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += raw.length + 1;
  }
  return lines;
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Sentence ends inside a line: a full stop (or ! ? …) followed by a capital or a digit. */
const SENTENCE_BREAK = /[.!?…]["»”)]?\s+[\p{Lu}\p{N}]/u;

/**
 * Prose: a long line of many words that ends as a sentence does, holds a sentence
 * break, or is too long for any header line. Copied articles often lose the last full
 * stop, or all their line breaks; such a line is still the body, never furniture.
 */
function isProse(line: Line): boolean {
  if (line.text.length < 100 || wordCount(line.text) < 12) return false;
  return /[.!?…»"”)]$/u.test(line.text) || line.text.length >= MAX_HEADER_LINE || SENTENCE_BREAK.test(line.text);
}

/** A line that is a date and little else: the words left over are labels at most. */
function lineDateline(line: Line, datelines: readonly Dateline[]): Dateline | null {
  const here = datelines.filter((d) => d.start >= line.start && d.end <= line.end);
  if (here.length !== 1) return null;
  const d = here[0]!;
  const rest = (line.text.slice(0, d.start - line.start) + ' ' + line.text.slice(d.end - line.start))
    .replace(/(опубликован\p{L}*|обновлен\p{L}*|изменен\p{L}*|дата\s+публикации|published|updated|last\s+updated|posted|on)/giu, ' ');
  return wordCount(rest) <= 1 ? d : null;
}

function isRubric(line: Line): boolean {
  const parts = line.text.split(/\s+[/|»>]\s+|^\/\s*/u).filter((p) => p.trim());
  if (/^[/|]|\s[/|»]\s/u.test(line.text) && parts.every((p) => wordCount(p) <= 4)) return true;
  return wordCount(line.text) <= 3 && !/[.!?\d]/u.test(line.text);
}

export function analyseScrapedText(text: string, options: AnalyseOptions = {}): ScrapedTextAnalysis {
  const lines = splitLines(text);
  const bodyLine = lines.slice(0, HEADER_LINES).find(isProse);
  // Without a prose line in sight, the header is what comes before the first blank line.
  const headerEnd = bodyLine?.index ?? Math.min(lines.findIndex((l, i) => i > 0 && l.text === ''), HEADER_LINES);
  const header = lines.slice(0, headerEnd < 0 ? Math.min(lines.length, 1) : headerEnd).filter((l) => l.text !== '');
  const headerEndOffset = header.length ? header[header.length - 1]!.end : 0;
  const datelines = findDatelines(text.slice(0, headerEndOffset));

  const kinds = new Map<number, FurnitureKind>();
  const datelineOf = new Map<number, Dateline>();
  for (const line of header) {
    const d = lineDateline(line, datelines);
    if (d) {
      kinds.set(line.index, 'dateline');
      datelineOf.set(line.index, d);
    } else if (CREDIT.test(line.text)) kinds.set(line.index, 'photo-credit');
  }
  const neighbours = (line: Line): Line[] => {
    const i = header.indexOf(line);
    return [header[i - 1], header[i + 1]].filter((l): l is Line => l !== undefined);
  };

  // The title: repeated, or next to a dateline, and not a tag line.
  let title: { line: Line; score: number; why: string[] } | null = null;
  for (const line of header) {
    if (kinds.has(line.index) || isRubric(line) || wordCount(line.text) < 3 || line.text.length > MAX_HEADER_LINE) continue;
    const why: string[] = [];
    let score = 0.3;
    if (header.some((o) => o !== line && o.text === line.text)) {
      score += 0.35;
      why.push('repeated in the header');
    }
    if (neighbours(line).some((n) => kinds.get(n.index) === 'dateline')) {
      score += 0.25;
      why.push('next to a dateline');
    }
    if (TAG_LABEL.test(line.text)) score -= 0.3;
    if (!title || score > title.score) title = { line, score, why };
  }
  if (title) for (const line of header) if (line.text === title.line.text) kinds.set(line.index, line === title.line ? 'title' : 'title-repeat');
  for (const line of header) {
    if (kinds.has(line.index)) continue;
    kinds.set(line.index, isRubric(line) ? 'rubric' : 'tag-line');
  }

  const language = identifyLanguage(bodyLine ? text.slice(bodyLine.start) : text);
  const hints = datelines.filter((d) => !datelineOf.has(lines.find((l) => d.start >= l.start && d.end <= l.end)?.index ?? -1));
  const titleLines = header.filter((l) => kinds.get(l.index) === 'title' || kinds.get(l.index) === 'title-repeat');
  // The zone to assume when a dateline names none: the analyst's, else the dateline city's
  // ("HAMBURG, March 4" → Europe/Berlin), else Moscow for a Russian text.
  const city = datelineCityZone(text);
  const zone = options.defaultZone ?? city?.zone ?? (language.tag === 'ru' ? 'Europe/Moscow' : null);

  const proposals: PublishedProposal[] = [];
  for (const [index, d] of datelineOf) {
    const line = lines[index]!;
    const why: string[] = [];
    let score = 0.4;
    if (titleLines.some((t) => neighbours(t).includes(line))) {
      score += 0.35;
      why.push('in the title block');
    }
    if (d.label === 'published') {
      score += 0.1;
      why.push('labelled as the publication');
    }
    if (d.label === 'updated') {
      score -= 0.3;
      why.push('labelled as an update');
    }
    if (d.time) score += 0.1;
    if (hints.some((h) => datelineDay(h) === datelineDay(d))) {
      score += 0.05;
      why.push('the same day as a date elsewhere in the header');
    }
    proposals.push(toProposal(d, Math.min(0.95, score), why.length ? why.join('; ') : 'a dateline in the page header', zone));
  }
  proposals.sort((a, b) => b.confidence - a.confidence || (a.span?.start ?? 0) - (b.span?.start ?? 0));
  if (proposals.length === 0) {
    // A date inside a header line or the first lines of the text ("MOSCOW, August 13, 2025 —") is a weaker hint.
    const early = findDatelines(text.slice(0, Math.max(headerEndOffset, Math.min(text.length, 600))));
    for (const d of early) proposals.push(toProposal(d, d.time ? 0.45 : 0.35, 'a date near the start of the text', zone));
  }

  const furniture: FurnitureItem[] = header.map((l) => ({ kind: kinds.get(l.index)!, start: l.start, end: l.end, text: l.text }));
  // Photo credits also sit between paragraphs, under pictures.
  for (const line of lines.slice(headerEnd < 0 ? 1 : headerEnd)) {
    if (line.text && line.text.length < 200 && CREDIT.test(line.text)) {
      furniture.push({ kind: 'photo-credit', start: line.start, end: line.end, text: line.text });
    }
  }
  const titleProposal: TitleProposal | null = title
    ? {
      value: title.line.text, confidence: Math.round(Math.min(0.95, Math.max(0.1, title.score)) * 100) / 100,
      span: { start: title.line.start, end: title.line.end }, why: title.why.length ? title.why.join('; ') : 'the first heading-like line',
    }
    : null;
  const last = header.length ? header[header.length - 1]! : null;
  return {
    language,
    title: titleProposal,
    published: proposals[0] ?? null,
    publishedAlternatives: proposals.slice(1),
    furniture: furniture.sort((a, b) => a.start - b.start),
    bodyStart: bodyLine ? bodyLine.start : last ? nextNonBlank(lines, last.index) : 0,
  };
}

function nextNonBlank(lines: readonly Line[], after: number): number {
  const next = lines.slice(after + 1).find((l) => l.text !== '');
  return next ? next.start : lines[after]!.end;
}

function toProposal(d: Dateline, confidence: number, why: string, assumedZone: string | null): PublishedProposal {
  const assumed: Assumption[] = [];
  let offset = d.offsetMinutes;
  let zone = d.zone;
  if (offset === null && d.time && assumedZone) {
    offset = zoneOffsetAt(assumedZone, d.date.year, d.date.month, d.date.day, d.time.hour, d.time.minute);
    if (offset !== null) {
      zone = assumedZone;
      assumed.push('zone');
      why = `${why}; the dateline names no zone, ${assumedZone} assumed`;
    }
  }
  return {
    value: publishedValue(d.date, d.time, offset), date: d.date, time: d.time, offsetMinutes: offset, zone, assumed,
    confidence: Math.round(confidence * 100) / 100, span: { start: d.start, end: d.end }, why,
  };
}
