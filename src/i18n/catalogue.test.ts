import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, LANE_MODES, RELATION_TYPES, REVIEW_STATUSES } from '../domain/schema';
import { RULE_IDS } from '../domain/ruleWords';
import { SCHEMA_MESSAGE_IDS } from '../domain/describeIssue';
import { SHORTCUTS } from '../features/keyboard/shortcuts';
import { REVIEW_KEYS } from '../features/review/reviewKeys';
import { EXPORT_CHOICES } from '../features/exchange/exportFormats';
import { PRESET_IDS, TABLE_FIELDS } from '../import/table/columnMapping';
import { i18n } from './i18n';
import en from './locales/en.json';
import ru from './locales/ru.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(catalogue)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/u;
const catalogues = { en: flatten(en), ru: flatten(ru) };
/** Keys as code asks for them: "toolbar.eventCount" for "toolbar.eventCount_one", "…_other". */
const baseKeys = (lang: 'en' | 'ru') => new Set([...catalogues[lang].keys()].map((k) => k.replace(PLURAL, '')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(d.name) && !/\.test\.tsx?$/u.test(d.name) ? [path] : [];
  });
}

/** Every literal key in the source: t('a.b'), i18n.t('a.b'), and `key: 'a.b'` / `…Key: 'a.b'` in data (shortcuts, form problems). */
function keysUsedInSource(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z]\w*(?:\.[\w-]+)+)'/gu)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\b\w*[Kk]ey:\s*'([A-Za-z]\w*(?:\.[\w-]+)+)'/gu)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\bkey: '(write\.\w+)'/gu)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\bkey: current \? '(write\.\w+)' : '(write\.\w+)'/gu)) for (const k of [m[1]!, m[2]!]) used.set(k, file);
    for (const m of text.matchAll(/\bwriteCode\('(\w+)'/gu)) used.set(`write.${m[1]!}`, file);
    for (const m of text.matchAll(/\browCode\('(\w+)'/gu)) used.set(`rowProblem.${m[1]!}`, file);
    for (const m of text.matchAll(/\bpush\([^;]*?, '(\w+)'(?:, \{[^}]*\})?\);/gu)) if (file.endsWith('columnMapping.ts')) used.set(`mapping.${m[1]!}`, file);
    // Message codes of the domain: code('…') in parseDataset and describeIssue, fail(…, '…') in when.ts.
    if (file.endsWith('parseDataset.ts')) for (const m of text.matchAll(/\bcode\('(\w+)'/gu)) used.set(`dataset.${m[1]!}`, file);
    if (file.endsWith('describeIssue.ts')) for (const m of text.matchAll(/\bcode\('(\w+)'/gu)) used.set(`issue.${m[1]!}`, file);
    if (file.endsWith('when.ts')) for (const m of text.matchAll(/\bfail\((?:`[^`]*`|'[^']*'), '(\w+)'/gu)) used.set(`edtf.${m[1]!}`, file);
    for (const m of text.matchAll(/\bimportWords\('(\w+)'/gu)) used.set(`importError.${m[1]!}`, file);
    for (const m of text.matchAll(/\blabelled\('(\w+)'/gu)) used.set(`history.label.${m[1]!}`, file);
  }
  return used;
}

/** Keys built at run time from a closed list of values: each value needs its entry. */
const DYNAMIC_KEYS = [
  ...EVENT_KINDS.flatMap((k) => [`kind.${k}`, `timeline.kindLane.${k}`]),
  ...RELATION_TYPES.flatMap((r) => [`relation.${r}`, `relationIncoming.${r}`]),
  ...REVIEW_STATUSES.map((s) => `reviewStatus.${s}`),
  ...['unreviewed', 'accepted', 'rejected', 'merged'].map((s) => `candidateState.${s}`),
  ...['manual', 'extracted', 'generated'].map((m) => `provenance.${m}`),
  ...LANE_MODES.flatMap((m) => [`toolbar.laneMode.${m}`, `timeline.noLane.${m}`, `timeline.moreLanes.${m}`]),
  ...['event', 'title', 'date', 'kind', 'actors', 'tags', 'description', 'note', 'review'].map((f) => `conflict.field.${f}`),
  ...TABLE_FIELDS.map((f) => `table.field.${f}`),
  ...PRESET_IDS.map((p) => `table.preset.${p}`),
  ...['comma', 'tab', 'semicolon', 'bar'].map((d) => `table.delimiterName.${d}`),
  ...['skip', 'add', 'update', 'addNew'].map((o) => `table.outcome.${o}`),
  ...EXPORT_CHOICES.flatMap((c) => [`export.${c.id}.label`, `export.${c.id}.hint`]),
  ...RULE_IDS.map((r) => `rule.${r}`),
  ...SCHEMA_MESSAGE_IDS.map((id) => `issue.schema.${id}`),
  ...['missing', 'wrongType', 'lengthAtMost', 'lengthAtLeast', 'itemsAtMost', 'itemsAtLeast', 'rangeAtMost', 'rangeAtLeast', 'notAllowed', 'notUrl', 'format'].map((k) => `issue.${k}`),
  ...SHORTCUTS.map((s) => s.descriptionKey),
  ...REVIEW_KEYS.map((k) => k.descriptionKey),
];

describe('the catalogues', () => {
  it.each(['en', 'ru'] as const)('%s has every key the source uses', (lang) => {
    const have = baseKeys(lang);
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(200);
    const missing = [...used].filter(([key]) => !have.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('%s has every key built from a list of values', (lang) => {
    const have = baseKeys(lang);
    expect(DYNAMIC_KEYS.filter((k) => !have.has(k))).toEqual([]);
  });

  it('Russian and English have the same keys, and neither has an empty text', () => {
    const onlyEn = [...baseKeys('en')].filter((k) => !baseKeys('ru').has(k));
    const onlyRu = [...baseKeys('ru')].filter((k) => !baseKeys('en').has(k));
    expect({ onlyEn, onlyRu }).toEqual({ onlyEn: [], onlyRu: [] });
    for (const lang of ['en', 'ru'] as const) expect([...catalogues[lang]].filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('every plural has the forms its language needs: one/other in English, one/few/many/other in Russian', () => {
    const forms = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;
    for (const lang of ['en', 'ru'] as const) {
      const plurals = new Set([...catalogues[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of plurals) for (const form of forms[lang]) expect(catalogues[lang].has(`${base}_${form}`), `${lang}: ${base}_${form}`).toBe(true);
    }
  });

  it('uses the same placeholders in both languages (over all plural forms: "one" may leave the number out)', () => {
    const placeholders = (lang: 'en' | 'ru', base: string) =>
      [...new Set([...catalogues[lang]].filter(([k]) => k.replace(PLURAL, '') === base).flatMap(([, v]) => [...v.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1])))]
        .sort()
        .join(',');
    expect([...baseKeys('en')].filter((base) => placeholders('en', base) !== placeholders('ru', base))).toEqual([]);
  });
});

describe('plurals', () => {
  const ru = i18n.getFixedT('ru');
  const en = i18n.getFixedT('en');

  it('agrees Russian nouns with the number: 1 событие, 2 события, 5 событий, 21 событие', () => {
    const events = (n: number) => ru('toolbar.eventCount', { count: n, formatted: String(n) });
    expect([1, 2, 5, 11, 21, 22, 25, 0].map(events)).toEqual([
      '1 событие', '2 события', '5 событий', '11 событий', '21 событие', '22 события', '25 событий', '0 событий',
    ]);
    expect([1, 3, 7].map((n) => ru('support.sources', { count: n }))).toEqual(['1 источник', '3 источника', '7 источников']);
  });

  it('says one and many in English', () => {
    expect(en('toolbar.eventCount', { count: 1, formatted: '1' })).toBe('1 event');
    expect(en('toolbar.eventCount', { count: 1200, formatted: '1,200' })).toBe('1,200 events');
  });
});
