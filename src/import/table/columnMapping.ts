import type { MessageCode } from '../../domain/when';
import type { DayMonthOrder } from '../../domain/exchange/spreadsheetDate';

/**
 * What each column of a table means: the fields a column can be mapped to, the presets
 * for other tools' sheets, and the mapping proposed from a header. Pure data and lookups.
 */

export const TABLE_FIELDS = [
  'id', 'title', 'when', 'end', 'year', 'month', 'day', 'time', 'end_year', 'end_month', 'end_day', 'end_time',
  'approximate', 'end_approximate', 'precision', 'kind', 'actors', 'tags', 'review', 'description', 'note', 'sources',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

export const FIELD_LABELS: Record<TableField, string> = {
  id: 'Id', title: 'Title', when: 'Date (start)', end: 'End date', year: 'Year', month: 'Month', day: 'Day', time: 'Time',
  end_year: 'End year', end_month: 'End month', end_day: 'End day', end_time: 'End time',
  approximate: 'Start approximate (yes/no)', end_approximate: 'End approximate (yes/no)', precision: 'Precision',
  kind: 'Kind', actors: 'Actors', tags: 'Tags', review: 'Review status', description: 'Description', note: 'Note', sources: 'Source ids',
};

/** Fields several columns may feed: lists are joined, texts put one after another. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<TableField> = new Set(['actors', 'tags', 'description', 'note']);

export interface ColumnMapping {
  /** One entry per column: the field it feeds, or null (not imported). */
  readonly fields: readonly (TableField | null)[];
  /** How 03/04/2025 is read. */
  readonly order: DayMonthOrder;
}

export const PRESET_IDS = ['sourceline', 'timelinejs', 'preceden', 'acled', 'generic'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  readonly id: PresetId;
  readonly label: string;
  /** Header names (compared without case, spaces or underscores) → field. */
  readonly columns: Readonly<Record<string, TableField | null>>;
  /** Header names a file must have to be recognised as this tool's. */
  readonly required: readonly string[];
}

const norm = (name: string) => name.trim().toLowerCase().replace(/[\s_\-.]+/gu, '');

export const PRESETS: readonly Preset[] = [
  {
    id: 'sourceline',
    label: 'Sourceline export',
    required: ['id', 'when', 'title', 'kind'],
    columns: {
      id: 'id', when: 'when', precision: 'precision', kind: 'kind', title: 'title', actors: 'actors', tags: 'tags',
      review: 'review', description: 'description', note: 'note', sources: 'sources',
    },
  },
  {
    id: 'timelinejs',
    label: 'TimelineJS3 sheet',
    required: ['year', 'headline'],
    // Display Date, Media… and Background have no place in a chronology of evidence.
    columns: {
      year: 'year', month: 'month', day: 'day', time: 'time', endyear: 'end_year', endmonth: 'end_month', endday: 'end_day', endtime: 'end_time',
      displaydate: null, headline: 'title', text: 'description', media: null, mediacredit: null, mediacaption: null, mediathumbnail: null,
      type: null, group: 'tags', background: null, uniqueid: 'id',
    },
  },
  {
    id: 'preceden',
    label: 'Preceden CSV',
    required: ['name', 'startdate'],
    columns: {
      layername: 'tags', eventid: 'id', name: 'title', notes: 'description', startdate: 'when', startapproximate: 'approximate',
      enddate: 'end', endapproximate: 'end_approximate', milestone: null, symbol: null, colour: null, color: null,
    },
  },
  {
    id: 'acled',
    label: 'ACLED export',
    required: ['eventidcnty', 'eventdate'],
    columns: {
      eventidcnty: 'id', eventdate: 'when', year: null, timeprecision: 'precision', eventtype: 'tags', subeventtype: 'tags',
      actor1: 'actors', actor2: 'actors', assocactor1: null, assocactor2: null, country: 'tags', admin1: null, location: 'tags',
      notes: 'description', source: 'note', sourcescale: null, fatalities: null, disorder_type: null, disordertype: null,
      interaction: null, inter1: null, inter2: null, region: null, latitude: null, longitude: null, geoprecision: null, iso: null,
      eventidnocnty: null, civiliantargeting: null, admin2: null, admin3: null, timestamp: null, tags: null,
    },
  },
  {
    id: 'generic',
    label: 'Other (map the columns yourself)',
    required: [],
    columns: {
      id: 'id', uid: 'id', uniqueid: 'id', eventid: 'id', title: 'title', headline: 'title', name: 'title', event: 'title', summary: 'title',
      when: 'when', date: 'when', start: 'when', startdate: 'when', begin: 'when', eventdate: 'when', end: 'end', enddate: 'end',
      year: 'year', month: 'month', day: 'day', time: 'time', precision: 'precision', kind: 'kind', type: 'kind',
      actors: 'actors', actor: 'actors', people: 'actors', tags: 'tags', tag: 'tags', category: 'tags', group: 'tags',
      review: 'review', status: 'review', description: 'description', text: 'description', details: 'description', notes: 'description',
      note: 'note', comment: 'note', sources: 'sources', source: 'note',
    },
  },
];

export function presetById(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id)!;
}

/** The preset whose columns name most of the header (a tool's own sheet is recognised); generic otherwise. */
export function detectPreset(header: readonly string[]): PresetId {
  let best: { id: PresetId; share: number } = { id: 'generic', share: 0 };
  for (const preset of PRESETS) {
    if (preset.id === 'generic') continue;
    const names = new Set(header.map(norm));
    if (!preset.required.every((r) => names.has(r))) continue;
    const known = header.filter((h) => norm(h) in preset.columns).length;
    const share = known / Math.max(1, header.length);
    // At least half the header, and at least 3 columns, must be the tool's own.
    if (known >= 3 && share >= 0.5 && share > best.share) best = { id: preset.id, share };
  }
  return best.id;
}

/** The mapping a preset proposes for a header; columns it does not know are proposed by the generic names, else left out. */
export function proposeMapping(header: readonly string[], presetId: PresetId, order: DayMonthOrder = 'day-first'): ColumnMapping {
  const preset = presetById(presetId);
  const generic = presetById('generic');
  const taken = new Set<TableField>();
  const fields = header.map((name) => {
    const key = norm(name);
    const field = key in preset.columns ? preset.columns[key]! : (generic.columns[key] ?? null);
    if (!field) return null;
    if (taken.has(field) && !MULTI_COLUMN_FIELDS.has(field)) return null;
    taken.add(field);
    return field;
  });
  return { fields, order };
}

/** Why a mapping cannot be used, in words and as a message code (`mapping.*`); empty when it can. */
export function mappingProblems(mapping: ColumnMapping, header: readonly string[] | null): { readonly message: string; readonly code: MessageCode }[] {
  const problems: { message: string; code: MessageCode }[] = [];
  const push = (message: string, key: string, params: MessageCode['params'] = {}) => problems.push({ message, code: { key: `mapping.${key}`, params } });
  const name = (i: number) => (header ? `"${header[i]}"` : `column ${i + 1}`);
  const seen = new Map<TableField, number>();
  mapping.fields.forEach((f, i) => {
    if (!f) return;
    const before = seen.get(f);
    if (before !== undefined && !MULTI_COLUMN_FIELDS.has(f)) {
      push(`${name(before)} and ${name(i)} are both mapped to ${FIELD_LABELS[f]}; choose one.`, 'twice', { a: header?.[before] ?? before + 1, b: header?.[i] ?? i + 1, field: f });
    }
    seen.set(f, i);
  });
  if (!seen.has('title') && !seen.has('description')) push('No column is mapped to Title (or to Description, whose first sentence would do); every event needs one.', 'noTitle');
  if (!seen.has('when') && !seen.has('year')) push('No column is mapped to Date (start) or Year; every event needs a date.', 'noDate');
  if (seen.has('when') && seen.has('year')) push('Map the start date either to one Date column or to Year/Month/Day, not both.', 'bothDates');
  return problems;
}
