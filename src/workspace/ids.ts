/**
 * Ids for imported sources and their events. A source id is a hash of its text, so
 * importing the same text twice is noticed; an event id is the extractor's id under
 * the source's, so two sources' candidates never collide.
 */

/** 48 bits of FNV-1a over UTF-16 code units, as 12 hex digits. Not cryptographic; stable across runs. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 11), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 16).toString(16).padStart(4, '0');
}

export function sourceIdFor(text: string): string {
  return `src-${textHash(text)}`;
}

export function eventIdFor(sourceId: string, extractedId: string): string {
  return `${sourceId}.${extractedId}`;
}
