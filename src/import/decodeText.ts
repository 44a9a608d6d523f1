import { importError, type ImportResult } from './importErrors';

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
    } else {
      const head = bytes.subarray(0, SNIFF_BYTES);
      if (head.includes(0)) {
        return { ok: false, error: importError('binary', `${label} looks like a binary file (it contains NUL bytes), not text.`, named) };
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return {
      ok: false,
      error: importError('binary', `${label} is not valid UTF-8 text. If it is text in another encoding, save it as UTF-8 and try again.`, named),
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/\u0000/u.test(text)) {
    return { ok: false, error: importError('binary', `${label} looks like a binary file (it contains NUL characters), not text.`, named) };
  }
  return { ok: true, value: normaliseText(text) };
}

/** The one normalisation applied to imported and pasted text: no BOM, "\n" line ends. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}
