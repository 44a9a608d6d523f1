/**
 * A Sourceline Arrow file is several Arrow IPC *streams* written one after another, one
 * per table (events, evidence, sources, actors). The IPC *file* format holds one schema,
 * and a chronology has several; a sequence of streams is what pyarrow, polars and
 * arrow-rs write when a program opens one stream writer per table on the same file, so
 * no framing of our own is needed. Each stream ends with Arrow's end-of-stream marker
 * (0xFFFFFFFF 0x00000000), and that is where this module cuts.
 *
 * Walking the messages also finds a truncated or corrupt file before any decoding,
 * with the byte offset where it breaks.
 */

const CONTINUATION = 0xffffffff;
/** "ARROW1": the magic of the IPC file format, which holds exactly one table. */
const FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];

export class ArrowFramingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArrowFramingError';
  }
}

/** Whether these bytes begin like Arrow IPC data (a stream's continuation marker or the file magic). */
export function looksLikeArrow(bytes: Uint8Array): boolean {
  if (bytes.length >= 6 && FILE_MAGIC.every((b, i) => bytes[i] === b)) return true;
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
}

export function isArrowFileFormat(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && FILE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * The streams in `bytes`, each a view (no copy) that ends just after its end-of-stream
 * marker. A file in the IPC file format ("ARROW1…ARROW1") is returned whole, as one table.
 */
export function splitStreams(bytes: Uint8Array): Uint8Array[] {
  if (isArrowFileFormat(bytes)) {
    const tail = FILE_MAGIC.every((b, i) => bytes[bytes.length - 6 + i] === b);
    if (bytes.length < 12 || !tail) {
      throw new ArrowFramingError(`the file is cut short: an Arrow file ends with "ARROW1" and this one (${bytes.length} bytes) does not`);
    }
    return [bytes];
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const streams: Uint8Array[] = [];
  let streamStart = 0;
  let at = 0;
  let messages = 0;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) throw truncated(at, bytes.length, streams.length);
    const marker = view.getUint32(at, true);
    if (marker !== CONTINUATION) {
      throw new ArrowFramingError(
        `unreadable Arrow data at byte ${at}: expected a message marker (FF FF FF FF), found ${hex(bytes, at)}; the file is corrupt or not Arrow`,
      );
    }
    const metadataLength = view.getInt32(at + 4, true);
    if (metadataLength === 0) {
      at += 8;
      if (messages === 0) throw new ArrowFramingError(`table ${streams.length + 1} is empty: it ends before its schema`);
      streams.push(bytes.subarray(streamStart, at));
      streamStart = at;
      messages = 0;
      continue;
    }
    if (metadataLength < 0) throw new ArrowFramingError(`unreadable Arrow data at byte ${at}: negative message length`);
    const metadataStart = at + 8;
    if (metadataStart + metadataLength > bytes.length) throw truncated(at, bytes.length, streams.length);
    const bodyLength = messageBodyLength(view, metadataStart, metadataLength, at);
    const next = metadataStart + metadataLength + bodyLength;
    if (next > bytes.length) throw truncated(at, bytes.length, streams.length);
    at = next;
    messages++;
  }
  if (messages > 0) throw truncated(at, bytes.length, streams.length);
  if (streams.length === 0) throw new ArrowFramingError('the file holds no Arrow data');
  return streams;
}

function truncated(at: number, length: number, complete: number): ArrowFramingError {
  return new ArrowFramingError(
    `the file is cut short: table ${complete + 1} breaks off at byte ${at} of ${length} (${complete} complete table${complete === 1 ? '' : 's'} before it); it may not have been written or downloaded completely`,
  );
}

/**
 * The body length of one IPC message, read from its flatbuffer header (Message.bodyLength,
 * field 3, an int64). Only this field is needed to step over the body.
 */
function messageBodyLength(view: DataView, start: number, length: number, at: number): number {
  const corrupt = () => new ArrowFramingError(`unreadable Arrow message at byte ${at}: its header is corrupt`);
  if (length < 8) throw corrupt();
  const table = start + view.getUint32(start, true);
  if (table + 4 > start + length) throw corrupt();
  const vtable = table - view.getInt32(table, true);
  if (vtable < start || vtable + 4 > start + length) throw corrupt();
  const vtableSize = view.getUint16(vtable, true);
  const bodyField = 4 + 3 * 2;
  if (bodyField + 2 > vtableSize) return 0;
  const fieldOffset = view.getUint16(vtable + bodyField, true);
  if (fieldOffset === 0) return 0;
  if (table + fieldOffset + 8 > start + length) throw corrupt();
  const body = view.getBigInt64(table + fieldOffset, true);
  if (body < 0n || body > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt();
  return Number(body);
}

function hex(bytes: Uint8Array, at: number): string {
  return Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
}

/** The streams as one file. */
export function concatStreams(streams: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(streams.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of streams) {
    out.set(s, at);
    at += s.length;
  }
  return out;
}
