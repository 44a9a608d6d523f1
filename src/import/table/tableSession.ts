import type { DayMonthOrder } from '../../domain/exchange/spreadsheetDate';
import { guessDayMonthOrder } from '../../domain/exchange/spreadsheetDate';
import { detectPreset, type ColumnMapping, type PresetId } from './columnMapping';
import { mapRows, type MappedTable } from './mapRows';
import { readTable, type Delimiter, type ReadTableOptions, type TableProblem, type TableRow } from './readTable';

/**
 * The table worker's job, apart from the worker: it reads the file once and keeps the
 * rows, then maps them again each time the analyst changes the mapping — so a 100,000-row
 * file is parsed once, off the main thread, and only summaries and results cross over.
 */

export interface TableSummary {
  readonly delimiter: Delimiter;
  readonly header: readonly string[] | null;
  readonly rowCount: number;
  /** The first rows, to show beside the mapping. */
  readonly sample: readonly TableRow[];
  readonly problems: readonly TableProblem[];
  readonly preset: PresetId;
  /** The day/month order the slashed dates settle, if any do. */
  readonly order: DayMonthOrder | null;
}

/** The mapping context as plain data, so that it can be posted to a worker. */
export interface PlainMapContext {
  readonly existing: readonly (readonly [string, string])[];
  /** Lower-cased actor id, name or alias → actor id. */
  readonly actors: Readonly<Record<string, string>>;
  readonly fileName: string;
}

/** `seq` numbers the questions; each answer carries the number of the question it answers. */
export type ToTableWorker =
  | { readonly type: 'read'; readonly seq: number; readonly text: string; readonly options: Omit<ReadTableOptions, 'onProgress'> }
  | { readonly type: 'map'; readonly seq: number; readonly mapping: ColumnMapping; readonly context: PlainMapContext };

export type FromTableWorker = { readonly seq: number } & (
  | { readonly type: 'progress'; readonly stage: 'read' | 'map'; readonly share: number }
  | { readonly type: 'read'; readonly summary: TableSummary }
  | { readonly type: 'mapped'; readonly result: MappedTable }
  | { readonly type: 'error'; readonly message: string });

const SAMPLE_ROWS = 50;

export function createTableSession(post: (m: FromTableWorker) => void): (message: ToTableWorker) => void {
  let table: ReturnType<typeof readTable> | null = null;
  return (message) => {
    const seq = message.seq;
    try {
      if (message.type === 'read') {
        table = readTable(message.text, { ...message.options, onProgress: (share) => post({ seq, type: 'progress', stage: 'read', share }) });
        const header = table.header;
        const firstCells = table.rows.slice(0, 2000).flatMap((r) => r.cells);
        post({
          seq,
          type: 'read',
          summary: {
            delimiter: table.delimiter, header, rowCount: table.rows.length, sample: table.rows.slice(0, SAMPLE_ROWS),
            problems: table.problems, preset: header ? detectPreset(header) : 'generic', order: guessDayMonthOrder(firstCells),
          },
        });
        return;
      }
      if (!table) throw new Error('no table has been read yet');
      const { existing, actors, fileName } = message.context;
      const result = mapRows(
        table,
        message.mapping,
        { existing: new Map(existing.map(([id, title]) => [id, { title }])), actorIdFor: (token) => actors[token.toLowerCase()] ?? null, fileName },
        (share) => post({ seq, type: 'progress', stage: 'map', share }),
      );
      post({ seq, type: 'mapped', result });
    } catch (e) {
      post({ seq, type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
}
