/**
 * Error analysis on the TimeBank corpus: the extractor's misses, wrong values, extra mentions
 * and span differences, counted by class so that the biggest classes can be fixed first.
 *   npx tsx scripts/timebank/errors.ts [--subset calendar|all] [--show N] [--only miss,wrong,extra,span] [--timebank DIR]
 * A class is the shape of the gold value (day, month, quarter, …) and, for spans, which side
 * differs; each class prints its count and N examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findMentions, makeContext, parseReference } from '../../src/extract/index.ts';
import { DEFAULT_TIMEBANK } from './scoreTimebank.ts';

interface Gold { file: string; start: number; end: number; text: string; type: string; value: string; mod?: string; calendar: boolean }
interface Pred { start: number; end: number; text: string; value: string; rule: string; type: string }
interface Scored {
  misses: { file: string; g: Gold }[];
  wrong: { file: string; g: Gold; p: Pred }[];
  spurious: { file: string; p: Pred }[];
}

/** The shape of a TimeML or EDTF value, e.g. "day", "quarter", "day+part", "duration". */
export function valueShape(v: string): string {
  const shapes: [RegExp, string][] = [
    [/^P/u, 'duration'], [/_REF$/u, 'ref'], [/^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$/u, 'day+part'],
    [/T\d\d:\d\d/u, 'time'], [/T\d\d$/u, 'hour'], [/^\d{4}-\d\d-\d\d$/u, 'day'], [/^\d{4}-\d\d$/u, 'month'],
    [/^\d{4}-Q\d$/u, 'quarter'], [/^\d{4}-H\d$/u, 'half'], [/^\d{4}-W\d+(?:-WE)?$/u, 'week'], [/^\d{4}-(?:SU|FA|WI|SP)$/u, 'season'],
    [/^\d{4}$/u, 'year'], [/^\d{3}X?$/u, 'decade'], [/^\d\dX*$/u, 'century'], [/X/u, 'underspecified'],
    [/\.\.|\[|\{/u, 'open'], [/\//u, 'interval'],
  ];
  return shapes.find(([re]) => re.test(v))?.[1] ?? 'other';
}

/** Where a system span differs from the gold one: "left+" (system begins earlier), "right-" … */
export function spanDiff(g: { start: number; end: number }, p: { start: number; end: number }): string {
  const side = (d: number, name: string) => (d === 0 ? '' : `${name}${d > 0 ? '+' : '-'}`);
  return [side(g.start - p.start, 'left'), side(p.end - g.end, 'right')].filter(Boolean).join(' ') || 'same';
}

const one = (s: string) => s.replace(/\s+/gu, ' ');

function group<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  return [...m.entries()].sort((a, b) => b[1].length - a[1].length);
}

async function main(argv: readonly string[]) {
  const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const dir = opt('--timebank') ?? DEFAULT_TIMEBANK;
  const subset = opt('--subset') ?? 'calendar';
  const show = Number(opt('--show') ?? 4);
  const only = new Set((opt('--only') ?? 'miss,wrong,extra,span').split(','));
  const timeml = (await import(pathToFileURL(join(dir, 'timeml.mjs')).href)) as { score(p: Record<string, Pred[]>, g: Gold[], i: Gold[], f: string[]): Scored };
  const docs = JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')) as { file: string; published: string }[];
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold[];
  const preds: Record<string, Pred[]> = {};
  for (const d of docs) {
    const ref = parseReference(d.published);
    if (!ref.ok) throw new Error(`${d.file}: ${ref.reason}`);
    const found = findMentions(makeContext(readFileSync(join(dir, 'texts', d.file), 'utf8'), 'en', ref.value));
    preds[d.file] = found
      .filter((m) => subset === 'all' || (m.type !== 'duration' && m.type !== 'set' && !m.value.endsWith('_REF')))
      .map((m) => ({ start: m.start, end: m.end, text: m.text, value: m.value, rule: m.rule, type: m.type ?? 'date' }));
  }
  const keep = (g: Gold) => subset === 'all' || g.calendar;
  const r = timeml.score(preds, gold.filter(keep), gold.filter((g) => !keep(g)), docs.map((d) => d.file));
  const out: string[] = [];
  const section = <T>(title: string, items: readonly T[], key: (t: T) => string, line: (t: T) => string) => {
    out.push(`\n=== ${title}: ${items.length} ===`);
    for (const [k, list] of group(items, key)) {
      out.push(`${String(list.length).padStart(4)}  ${k}`);
      for (const it of list.slice(0, show)) out.push(`        ${line(it)}`);
    }
  };
  const g1 = (g: Gold) => `"${one(g.text)}" ${g.type} ${g.value}${g.mod ? ` mod=${g.mod}` : ''}`;
  if (only.has('miss')) section('missed', r.misses, ({ g }) => `${g.type} ${valueShape(g.value)}`, ({ file, g }) => `${file}: ${g1(g)}`);
  if (only.has('wrong')) section('wrong value', r.wrong, ({ g, p }) => `${valueShape(g.value)} got ${valueShape(p.value)}`, ({ file, g, p }) => `${file}: ${g1(g)}  got "${one(p.text)}" ${p.value} [${p.rule}]`);
  if (only.has('extra')) section('extra', r.spurious, ({ p }) => `${p.type} ${p.rule}`, ({ file, p }) => `${file}: "${one(p.text)}" ${p.value}`);
  if (only.has('span')) {
    const diffs: { file: string; g: Gold; p: Pred }[] = [];
    for (const g of gold.filter(keep)) {
      const hits = (preds[g.file] ?? []).filter((p) => p.start < g.end && g.start < p.end);
      if (hits.length && !hits.some((p) => p.start === g.start && p.end === g.end)) diffs.push({ file: g.file, g, p: hits[0]! });
    }
    section('span differs', diffs, ({ g, p }) => spanDiff(g, p), ({ file, g, p }) => `${file}: gold "${one(g.text)}"  sys "${one(p.text)}" [${p.rule}]`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
