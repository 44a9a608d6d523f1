import { dictionary, float64, int32, list, struct, timestamp, TimeUnit, utf8, type DataType } from '@uwdata/flechette';

/**
 * The tables of a Sourceline Arrow file and the type of each column: the one definition
 * that the writer uses and docs/data-format.md describes. Column names are snake_case so
 * that SQL (DuckDB) and dataframes can use them unquoted. Repeated short strings
 * (kinds, precisions, actor and source ids, languages) are dictionary-encoded.
 */

export const TABLE_KEY = 'sourceline:table';
export const FORMAT_KEY = 'sourceline:format';
export const VERSION_KEY = 'sourceline:version';
export const TITLE_KEY = 'sourceline:title';
export const DESCRIPTION_KEY = 'sourceline:description';
/** The story, as the JSON array of the JSON form's `scenes`: a few small records, not worth a table. */
export const SCENES_KEY = 'sourceline:scenes';

export const TABLE_NAMES = ['events', 'evidence', 'sources', 'actors'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const text = () => utf8();
const keyword = () => dictionary(utf8());
/** Milliseconds since 1970 in UTC; int64, so any year EDTF can write fits. */
const instant = () => timestamp(TimeUnit.MILLISECOND, 'UTC');

export const EVENT_COLUMNS = {
  id: text(),
  title: text(),
  /** The date as EDTF: authoritative. When null, it is derived from start, end and precision. */
  when: text(),
  /** Where the event sits in time (UTC), derived from `when`: for queries and for writers without EDTF. */
  start: instant(),
  end: instant(),
  precision: keyword(),
  kind: keyword(),
  actors: list(keyword()),
  tags: list(text()),
  description: text(),
  relations: list(struct({ type: keyword(), target: text() })),
  review_status: keyword(),
  reviewed_at: text(),
  reviewer: text(),
  confidence: float64(),
  provenance_method: keyword(),
  provenance_extractor: text(),
  provenance_rule: text(),
  /** Where the words that gave the date are, in the source of the first excerpt (UTF-16 offsets). */
  provenance_phrase_start: int32(),
  provenance_phrase_end: int32(),
  note: text(),
  edited_at: text(),
  edited_by: text(),
} satisfies Record<string, DataType>;

export const EVIDENCE_COLUMNS = {
  event_id: text(),
  source_id: keyword(),
  start: int32(),
  end: int32(),
  quote: text(),
  when: text(),
} satisfies Record<string, DataType>;

export const SOURCE_COLUMNS = {
  id: text(),
  title: text(),
  publisher: text(),
  url: text(),
  byline: text(),
  language: keyword(),
  published: text(),
  published_zone: text(),
  text: text(),
} satisfies Record<string, DataType>;

export const ACTOR_COLUMNS = {
  id: text(),
  name: text(),
  aliases: list(text()),
  type: keyword(),
} satisfies Record<string, DataType>;
