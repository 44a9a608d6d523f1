/** A stretch of the text, end exclusive, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a text into sentences with Intl.Segmenter, trimming the white space around
 * each so that a sentence can be quoted as an excerpt. Line breaks end a sentence,
 * which keeps scraped headlines and datelines apart from the prose.
 */
export function sentenceSpans(text: string, lang: string): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const s of segmenter.segment(text)) {
    // Break further at line breaks: some engines keep a headline and the next line together.
    let offset = s.index;
    for (const line of s.segment.split(/(?<=\n)/u)) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body !== '') spans.push({ start: offset + lead, end: offset + lead + body.length });
      offset += line.length;
    }
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
