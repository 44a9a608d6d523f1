import type { ImportedFields } from '../../workspace/commands/tableImportCommands';
import type { MessageCode } from '../../domain/when';
import { EVENT_KINDS, ID_MAX_LENGTH, REVIEW_STATUSES, type ActorRecord, type EventKind, type ReviewStatus } from '../../domain/schema';
import { splitList, restoreFormula } from '../../domain/exchange/csvCells';
import { coarsen, parseDateCell } from '../../domain/exchange/spreadsheetDate';
import { parseEdtf, type Precision } from '../../domain/when';
import { FIELD_LABELS, type ColumnMapping, type TableField } from './columnMapping';
import { composeDate, readPrecision } from '../../domain/exchange/dateColumns';
import type { ReadTable } from './readTable';

/**
 * A table's rows, through a column mapping, → the events they describe, each with its
 * problems. Nothing is written here: the preview shows the result, and only rows without
 * errors are imported when the analyst confirms. Ids are kept as given (one rule for
 * every import); a row whose id names an existing event either updates it (same title)
 * or is flagged for the analyst to choose (a different title).
 */

export interface RowProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** `message` as a catalogue key (`rowProblem.*`) and values, where the interface can word it. */
  readonly code?: MessageCode;
}

const rowCode = (key: string, params: MessageCode['params'] = {}): MessageCode => ({ key: `rowProblem.${key}`, params });

/** The fields a row sets; on an update only these change (the import command's own type). */
export type RowFields = ImportedFields;

/** new: no such id; same: the id names an event with the same title (an update); different: it names another event. */
export type RowMatch = 'new' | 'same' | 'different';

export interface MappedRow {
  readonly line: number;
  readonly id: string;
  /** null when the row has errors and cannot be imported. */
  readonly fields: RowFields | null;
  readonly problems: readonly RowProblem[];
  readonly match: RowMatch;
  readonly existingTitle?: string;
}

export interface MappedTable {
  readonly rows: readonly MappedRow[];
  /** Actors named in the table that are not known yet: created with the import. */
  readonly newActors: readonly ActorRecord[];
  /** About the file as a whole: columns left out, problems of the table itself. */
  readonly notes: readonly string[];
}

export interface MapContext {
  /** Every event id the chronology already has, with its title. */
  readonly existing: ReadonlyMap<string, { readonly title: string }>;
  /** The id of a known actor with this id, name or alias (any case); null when none. */
  readonly actorIdFor: (nameOrId: string) => string | null;
  /** The file's name, for the ids of rows that have none. */
  readonly fileName: string;
}

const TITLE_MAX = 500;
const YES = /^(?:1|y|yes|true|x|✓|approximate|approx|~|да)$/iu;

export function idBase(fileName: string): string {
  return fileName.replace(/\.[^.]*$/u, '').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 40) || 'row';
}

/** An actor id made of a name: lower case, spaces as dashes, within the id length. */
export function actorIdOf(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/gu, '-').slice(0, ID_MAX_LENGTH);
}

function firstSentence(text: string): string {
  const s = /^(.{10,200}?[.!?…])(?:\s|$)/su.exec(text)?.[1] ?? text;
  return s.length > 200 ? `${s.slice(0, 199).trimEnd()}…` : s;
}

export function mapRows(table: ReadTable, mapping: ColumnMapping, context: MapContext, onProgress?: (share: number) => void): MappedTable {
  const notes: string[] = [];
  if (table.header) {
    const left = table.header.filter((_, i) => !mapping.fields[i]);
    if (left.length) notes.push(`Not imported (no field chosen): ${left.map((h) => `"${h}"`).join(', ')}.`);
  }
  const columns = new Map<TableField, number[]>();
  mapping.fields.forEach((f, i) => f && columns.set(f, [...(columns.get(f) ?? []), i]));
  const newActors = new Map<string, ActorRecord>();
  const firstLineOf = new Map<string, number>();
  const base = idBase(context.fileName);
  const tableProblems = new Map<number, string[]>();
  for (const p of table.problems) tableProblems.set(p.line, [...(tableProblems.get(p.line) ?? []), p.message]);

  const rows = table.rows.map((row, index): MappedRow => {
    if (onProgress && index > 0 && index % 5000 === 0) onProgress(index / table.rows.length);
    const problems: RowProblem[] = (tableProblems.get(row.line) ?? []).map((message) => ({ severity: 'warning', message: `the row ${message}` }));
    const error = (message: string, code?: MessageCode) => problems.push({ severity: 'error', message, ...(code ? { code } : {}) });
    const warn = (message: string, code?: MessageCode) => problems.push({ severity: 'warning', message, ...(code ? { code } : {}) });
    const cellsOf = (f: TableField) => (columns.get(f) ?? []).map((i) => restoreFormula((row.cells[i] ?? '').trim())).filter((c) => c !== '');
    const cell = (f: TableField) => cellsOf(f)[0] ?? '';

    const id = cell('id') || `${base}-${row.line}`;
    if (/\s/u.test(id)) error(`the id "${id.slice(0, 40)}" contains a space; ids cannot`, rowCode('idSpace', { id: id.slice(0, 40) }));
    if (id.length > ID_MAX_LENGTH) error(`the id is ${id.length} characters long; at most ${ID_MAX_LENGTH}`, rowCode('idLong', { length: id.length, max: ID_MAX_LENGTH }));
    const firstLine = firstLineOf.get(id);
    if (firstLine !== undefined) error(`the id "${id}" is already used on line ${firstLine}`, rowCode('idUsed', { id, line: firstLine }));
    else firstLineOf.set(id, row.line);

    const description = cellsOf('description').join('\n\n');
    let title = cell('title');
    if (!title && description) title = firstSentence(description);
    if (!title) error('there is no title', rowCode('noTitle'));
    if (title.length > TITLE_MAX) error(`the title is ${title.length} characters long; at most ${TITLE_MAX}`, rowCode('titleLong', { length: title.length, max: TITLE_MAX }));

    const when = rowDate(cell, mapping, error, warn);

    let kind: EventKind | undefined;
    const kindCell = cell('kind').toLowerCase();
    if (kindCell) {
      if ((EVENT_KINDS as readonly string[]).includes(kindCell)) kind = kindCell as EventKind;
      else warn(`the kind "${kindCell}" is not one of ${EVENT_KINDS.join(', ')}; read as occurrence`, rowCode('kind', { value: kindCell, allowed: EVENT_KINDS.join(', ') }));
    }
    let review: ReviewStatus | undefined;
    const reviewCell = cell('review').toLowerCase();
    if (reviewCell) {
      if ((REVIEW_STATUSES as readonly string[]).includes(reviewCell)) review = reviewCell as ReviewStatus;
      else warn(`the review status "${reviewCell}" is not one of ${REVIEW_STATUSES.join(', ')}; read as accepted`, rowCode('review', { value: reviewCell, allowed: REVIEW_STATUSES.join(', ') }));
    }

    const actors = columns.has('actors') ? [...new Set(cellsOf('actors').flatMap(splitList).map((token) => {
      const known = context.actorIdFor(token);
      if (known) return known;
      const id = actorIdOf(token);
      if (!newActors.has(id)) newActors.set(id, { id, name: token, aliases: [] });
      return id;
    }))] : undefined;
    const tags = columns.has('tags') ? [...new Set(cellsOf('tags').flatMap(splitList))] : undefined;
    const note = cellsOf('note').join('\n\n');
    if (cell('sources')) warn('source ids are kept only with the evidence table (import the ZIP of three files for excerpts)', rowCode('sources'));

    const existing = context.existing.get(id);
    const match: RowMatch = !existing ? 'new' : sameTitle(existing.title, title) ? 'same' : 'different';
    const ok = !problems.some((p) => p.severity === 'error') && when !== null;
    const fields: RowFields | null = ok
      ? {
        title, when: when!,
        ...(kind ? { kind } : {}),
        ...(actors ? { actors } : {}),
        ...(tags ? { tags } : {}),
        ...(columns.has('description') ? { description } : {}),
        ...(columns.has('note') ? { note } : {}),
        ...(review ? { review } : {}),
      }
      : null;
    return { line: row.line, id, fields, problems, match, ...(existing ? { existingTitle: existing.title } : {}) };
  });
  return { rows, newActors: [...newActors.values()], notes };
}

function sameTitle(a: string, b: string): boolean {
  const n = (s: string) => s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return n(a) === n(b);
}

function rowDate(cell: (f: TableField) => string, mapping: ColumnMapping, error: (m: string, code?: MessageCode) => void, warn: (m: string, code?: MessageCode) => void): string | null {
  const start = cell('year') ? composeDate(cell('year'), cell('month'), cell('day'), cell('time')) : readDate(cell('when'), mapping);
  if (!start.ok) {
    error(`${cell('year') ? 'the date (Year, Month, Day)' : FIELD_LABELS.when}: ${start.reason}`);
    return null;
  }
  let startEdtf = start.edtf;
  const precisionCell = cell('precision');
  if (precisionCell) {
    const stated = readPrecision(precisionCell);
    if (!stated) warn(`the precision "${precisionCell}" is not year, month, day or minute; the date is kept as written`, rowCode('precision', { value: precisionCell }));
    else startEdtf = approx(coarsen(startEdtf, stated.precision), stated.approximate);
  }
  if (YES.test(cell('approximate'))) startEdtf = approx(startEdtf, true);

  const hasEnd = cell('end') || cell('end_year');
  if (!hasEnd) return startEdtf;
  const end = cell('end_year') ? composeDate(cell('end_year'), cell('end_month'), cell('end_day'), cell('end_time')) : readDate(cell('end'), mapping);
  if (!end.ok) {
    error(`the end date: ${end.reason}`);
    return null;
  }
  const endEdtf = YES.test(cell('end_approximate')) ? approx(end.edtf, true) : end.edtf;
  if (endEdtf === startEdtf) return startEdtf;
  const span = `${startEdtf}/${endEdtf}`;
  const parsed = parseEdtf(span);
  if (!parsed.ok) {
    error(`the dates ${startEdtf} and ${endEdtf} do not make a span: ${parsed.reason.replace(/^"[^"]*": /u, '')}`);
    return null;
  }
  return span;
}

function readDate(text: string, mapping: ColumnMapping): { ok: true; edtf: string; precision: Precision } | { ok: false; reason: string } {
  if (!text) return { ok: false, reason: 'the date is empty' };
  return parseDateCell(text, mapping.order);
}

/** Marks a single date (not a span, not a bound) approximate. */
function approx(edtf: string, yes: boolean): string {
  if (!yes || /[~?%/[\]]/u.test(edtf)) return edtf;
  return `${edtf}~`;
}
