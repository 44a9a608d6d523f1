import { ID_MAX_LENGTH } from '../domain/schema';

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

/**
 * `<sourceId>.<extractedId>`, kept within the format's id length: an id that the source's
 * prefix would push over it is cut and ends in a hash of the whole, so that an id valid in
 * a dataset file stays valid (and distinct) in the workspace rather than poisoning it.
 */
export function eventIdFor(sourceId: string, extractedId: string): string {
  const id = `${sourceId}.${extractedId}`;
  if (id.length <= ID_MAX_LENGTH) return id;
  const tail = `~${textHash(extractedId)}`;
  let cut = ID_MAX_LENGTH - tail.length;
  // Never keep half of a surrogate pair.
  if (/[\uD800-\uDBFF]/u.test(id[cut - 1] ?? '')) cut -= 1;
  return `${id.slice(0, cut)}${tail}`;
}
