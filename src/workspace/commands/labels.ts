import en from '../../i18n/locales/en.json';

/**
 * What a command did, as a catalogue key and its values, so that Undo and Redo can name it
 * in the interface language ("Отменено: удалить «…»"). The English text is kept too, in
 * `label`: a team server logs it, and history written before keys existed has only that.
 */
export interface LabelKey {
  /** Under `history.label` in the catalogues. */
  readonly key: HistoryLabel;
  readonly params: Readonly<Record<string, string | number>>;
}

export type HistoryLabel = keyof typeof en.history.label extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}` ? Base : K & string
  : never;

const TEMPLATES: Readonly<Record<string, string>> = en.history.label;

/** A title as a label quotes it: long ones cut at 48 characters. */
export function short(title: string): string {
  return title.length > 48 ? `${title.slice(0, 47)}…` : title;
}

/** `label` in English and `labelKey` for translation, to spread into a Command. */
export function labelled(key: HistoryLabel, params: Readonly<Record<string, string | number>> = {}): { label: string; labelKey: LabelKey } {
  const count = params.count;
  const template = (typeof count === 'number' ? TEMPLATES[`${key}_${count === 1 ? 'one' : 'other'}`] : undefined) ?? TEMPLATES[key] ?? key;
  const label = template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(params[name] ?? ''));
  return { label, labelKey: { key, params } };
}
