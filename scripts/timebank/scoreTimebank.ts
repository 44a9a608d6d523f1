/**
 * Scores a mention finder on the TimeBank/AQUAINT corpus (TempEval-3 training data) read in
 * place from ../shared/corpora/timebank/. The matching and the value comparison are the
 * corpus's own (timeml.mjs), imported rather than copied, so that these figures and
 * `node ../shared/corpora/timebank/score.mjs` can never disagree. Runs in-process: the
 * whole corpus takes about a second, where the CLI-per-document scorer takes minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeContext, parseReference, type Mention } from '../../src/extract/index.ts';
import type { RuleContext } from '../../src/extract/types.ts';

export const DEFAULT_TIMEBANK = resolve(fileURLToPath(new URL('../../../shared/corpora/timebank/', import.meta.url)));

interface GoldItem {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly value: string;
  readonly calendar: boolean;
}
interface TbDoc {
  readonly file: string;
  readonly published: string;
}
interface Prf { p: number; r: number; f: number }
interface TimemlScore {
  gold: number; sys: number; strict: Prf; relaxed: Prf; valueAcc: number; valueF1: number;
}
interface TimemlModule {
  score(preds: Record<string, Pred[]>, items: GoldItem[], ignore: GoldItem[], files: string[]): TimemlScore;
}
interface Pred { start: number; end: number; text: string; value: string; rule: string }

/** One line of the results: TempEval-3 figures, in per cent with one decimal. */
export interface Figures {
  readonly gold: number;
  readonly found: number;
  readonly strictF1: number;
  readonly relaxedF1: number;
  readonly valueAcc: number;
  readonly valueF1: number;
}

export type Subset = 'calendar' | 'calendar-dated' | 'all' | 'DATE' | 'TIME' | 'DURATION' | 'SET';
/**
 * calendar-dated: the calendar subset scored on the mentions that can become events (date and
 * time mentions with a calendar value), leaving out durations, sets and "now": what an analyst
 * sees as candidates. `calendar` counts every mention, as score.mjs does.
 */
export const SUBSETS: readonly Subset[] = ['calendar', 'calendar-dated', 'all', 'DATE', 'TIME', 'DURATION', 'SET'];

const round = (x: number) => Math.round(x * 1000) / 10;

function figures(s: TimemlScore): Figures {
  return { gold: s.gold, found: s.sys, strictF1: round(s.strict.f), relaxedF1: round(s.relaxed.f), valueAcc: round(s.valueAcc), valueF1: round(s.valueF1) };
}

/** `limit` documents spread evenly over the alphabetical list, as score.mjs --limit picks them. */
export function spread<T>(all: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || limit >= all.length) return [...all];
  return Array.from({ length: limit }, (_, i) => all[Math.floor((i * all.length) / limit)]!);
}

export async function scoreTimebank(
  finder: (ctx: RuleContext) => readonly Mention[], options: { dir?: string; limit?: number } = {},
): Promise<{ docs: number; figures: Record<Subset, Figures> }> {
  const dir = options.dir ?? DEFAULT_TIMEBANK;
  if (!existsSync(join(dir, 'gold.json'))) throw new Error(`no TimeBank corpus at ${dir} (expected gold.json there)`);
  const timeml = (await import(pathToFileURL(join(dir, 'timeml.mjs')).href)) as TimemlModule;
  const docs = spread(JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')) as TbDoc[], options.limit);
  const files = docs.map((d) => d.file);
  const inDocs = new Set(files);
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldItem[]).filter((g) => inDocs.has(g.file));
  const preds: Record<string, Pred[]> = {};
  const dated: Record<string, Pred[]> = {};
  for (const d of docs) {
    const ref = parseReference(d.published);
    if (!ref.ok) throw new Error(`${d.file}: ${ref.reason}`);
    const text = readFileSync(join(dir, 'texts', d.file), 'utf8');
    const found = finder(makeContext(text, 'en', ref.value));
    const pred = ({ start, end, text: t, value, rule }: Mention): Pred => ({ start, end, text: t, value, rule });
    preds[d.file] = found.map(pred);
    dated[d.file] = found.filter((m) => (m.type ?? 'date') !== 'duration' && m.type !== 'set' && !m.value.endsWith('_REF')).map(pred);
  }
  const part = (keep: (g: GoldItem) => boolean) => figures(timeml.score(preds, gold.filter(keep), gold.filter((g) => !keep(g)), files));
  return {
    docs: docs.length,
    figures: {
      calendar: part((g) => g.calendar),
      'calendar-dated': figures(timeml.score(dated, gold.filter((g) => g.calendar), gold.filter((g) => !g.calendar), files)),
      all: figures(timeml.score(preds, gold, [], files)),
      DATE: part((g) => g.type === 'DATE'),
      TIME: part((g) => g.type === 'TIME'),
      DURATION: part((g) => g.type === 'DURATION'),
      SET: part((g) => g.type === 'SET'),
    },
  };
}
