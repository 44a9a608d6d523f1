/** A stretch of the text, end exclusive, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a text into sentences with Intl.Segmenter, trimming the white space around
 * each so that a sentence can be quoted as an excerpt. Line breaks end a sentence,
 * which keeps scraped headlines and datelines apart from the prose; segmenting line by
 * line is also far faster than handing the segmenter a whole long article.
 */
export function sentenceSpans(text: string, lang: string): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      for (const s of segmenter.segment(line)) {
        const lead = s.segment.length - s.segment.trimStart().length;
        const body = s.segment.trim();
        if (body !== '') spans.push({ start: lineStart + s.index + lead, end: lineStart + s.index + lead + body.length });
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/** The sentence that contains the offset, found by binary search over sorted spans. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
