import { importError, type ImportResult, importWords } from './importErrors';

/** How many leading bytes are checked for NUL: enough to catch every binary format seen in practice. */
const SNIFF_BYTES = 8192;

/**
 * Bytes → text, refusing what is not text. UTF-8 (with or without a BOM) and UTF-16
 * with a BOM are read; anything with NUL bytes or invalid UTF-8 is called binary.
 * The BOM is dropped and line ends become "\n": the returned string is the text as it
 * will be stored, so every offset computed later indexes into exactly this string.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): ImportResult<string> {
  const named = fileName ? { fileName } : {};
  const label = fileName ? `"${fileName}"` : 'The text';
  let text: string;
  try {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } else if (looksLikeUtf16(bytes.subarray(0, SNIFF_BYTES))) {
      return {
        ok: false,
        error: importError('binary', `${label} is text in another encoding (UTF-16 without a byte-order mark): save it as UTF-8 and try again.`, { ...named, ...importWords('utf16', fileName) }),
      };
    } else {
      const head = bytes.subarray(0, SNIFF_BYTES);
      if (head.includes(0)) {
        return { ok: false, error: importError('binary', `${label} looks like a binary file (it contains NUL bytes), not text.`, { ...named, ...importWords('binary', fileName) }) };
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return {
      ok: false,
      error: importError('binary', `${label} is not valid UTF-8 text. If it is text in another encoding, save it as UTF-8 and try again.`, { ...named, ...importWords('notUtf8', fileName) }),
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/\u0000/u.test(text)) {
    return { ok: false, error: importError('binary', `${label} looks like a binary file (it contains NUL characters), not text.`, { ...named, ...importWords('binary', fileName) }) };
  }
  return { ok: true, value: normaliseText(text) };
}

/** The one normalisation applied to imported and pasted text: no BOM, "\n" line ends. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/**
 * UTF-16 without a byte-order mark: every other byte is the high byte of a character
 * from one script (0x00 for Latin, 0x04 for Cyrillic, 0x05 Hebrew, 0x06 Arabic), which
 * text in UTF-8 almost never is. Latin UTF-16 would otherwise be called binary (its NULs)
 * and Cyrillic UTF-16 would pass as UTF-8 full of control characters.
 */
export function looksLikeUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return false;
  const low = [0, 0];
  for (let i = 0; i < pairs * 2; i++) if (head[i]! <= 0x08) low[i % 2]!++;
  return Math.max(low[0]!, low[1]!) >= 0.6 * pairs && Math.min(low[0]!, low[1]!) <= 0.1 * pairs;
}
