/**
 * Scores the extractor on the annotated corpus in scripts/corpus/ and prints, per
 * language, precision, recall, relaxed F1 (a found phrase counts when it overlaps an
 * annotated one) and value accuracy (the share of matched phrases resolved to exactly
 * the annotated EDTF value), next to chrono-node alone as the baseline.
 *   npm run eval:extract [-- --verbose] [--corpus DIR] [--timebank DIR] [--json FILE]
 * --corpus scores another directory of annotated *.json files in the same format (see
 * scripts/corpus/README.md), e.g. held-out articles kept outside the repository.
 * Then it scores the TimeBank corpus read in place (default ../shared/corpora/timebank/,
 * --timebank another copy, --timebank none to skip) with TempEval-3 figures per TIMEX3
 * type, and writes them to --json (default scripts/timebank/results.json), which the
 * README quotes.
 * Exits non-zero only when the corpus cannot be read, never because of a score.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { findMentions, findMentionsChronoOnly, makeContext, parseReference, type Lang, type Mention } from '../src/extract/index.ts';
import { DEFAULT_TIMEBANK, scoreTimebank, SUBSETS } from './timebank/scoreTimebank.ts';

interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly text?: string;
  readonly value: string;
}
interface CorpusDoc {
  /** The corpus file it came from, without ".json": the subset it is scored in. */
  readonly set: string;
  readonly id: string;
  readonly lang: Lang;
  readonly published: string;
  readonly text: string;
  readonly mentions: readonly GoldMention[];
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
  correct: number;
}

const DEFAULT_CORPUS = fileURLToPath(new URL('./corpus/', import.meta.url));

function readCorpus(dir: string): { docs: CorpusDoc[]; problems: string[] } {
  const corpusDir = dir.endsWith('/') ? dir : `${dir}/`;
  const docs: CorpusDoc[] = [];
  const problems: string[] = [];
  let files: string[];
  try {
    files = readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    return { docs, problems: [`cannot read ${corpusDir}: ${(e as Error).message}`] };
  }
  if (files.length === 0) problems.push(`no .json files in ${corpusDir}`);
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(corpusDir + file, 'utf8'));
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${file}: expected an array of documents`);
      continue;
    }
    for (const [i, raw] of (data as unknown[]).entries()) {
      const d = raw as Partial<CorpusDoc>;
      const where = `${file}[${i}]${typeof d.id === 'string' ? ` (${d.id})` : ''}`;
      if (typeof d.id !== 'string' || typeof d.text !== 'string' || typeof d.published !== 'string' || !Array.isArray(d.mentions)) {
        problems.push(`${where}: needs id, text, published and mentions`);
        continue;
      }
      if (d.lang !== 'ru' && d.lang !== 'en') {
        problems.push(`${where}: lang must be ru or en`);
        continue;
      }
      if (!parseReference(d.published).ok) problems.push(`${where}: published "${d.published}" needs a time and an offset`);
      for (const m of d.mentions) {
        const ok = Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.end <= d.text.length && typeof m.value === 'string';
        if (!ok) problems.push(`${where}: bad mention ${JSON.stringify(m)}`);
        else if (m.text !== undefined && d.text.slice(m.start, m.end) !== m.text) {
          problems.push(`${where}: [${m.start}, ${m.end}) is "${d.text.slice(m.start, m.end)}", not "${m.text}"`);
        }
      }
      docs.push({ ...(d as CorpusDoc), set: file.replace(/\.json$/u, '') });
    }
  }
  return { docs, problems };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching of found and annotated phrases by the largest overlap. */
export function scoreDoc(found: readonly Mention[], gold: readonly GoldMention[]) {
  const pairs: { f: number; g: number; o: number }[] = [];
  found.forEach((f, fi) => gold.forEach((g, gi) => {
    const o = overlap(f, g);
    if (o > 0) pairs.push({ f: fi, g: gi, o });
  }));
  pairs.sort((a, b) => b.o - a.o);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  const matches: { f: Mention; g: GoldMention }[] = [];
  for (const p of pairs) {
    if (usedF.has(p.f) || usedG.has(p.g)) continue;
    usedF.add(p.f);
    usedG.add(p.g);
    matches.push({ f: found[p.f]!, g: gold[p.g]! });
  }
  return {
    matches,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: found.filter((_, i) => !usedF.has(i)),
  };
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function line(lang: string, set: string, system: string, s: Score): string {
  const p = s.found ? s.matched / s.found : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    lang.padEnd(4), set.padEnd(12), system.padEnd(10), String(s.gold).padStart(4), String(s.found).padStart(5),
    pct(s.matched, s.found), pct(s.matched, s.gold), `${(100 * f1).toFixed(1).padStart(5)}%`,
    pct(s.correct, s.matched), pct(s.correct, s.gold),
  ].join('  ');
}

const DEFAULT_JSON = fileURLToPath(new URL('./timebank/results.json', import.meta.url));

async function timebank(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf('--timebank');
  const dir = at >= 0 ? argv[at + 1] : DEFAULT_TIMEBANK;
  if (dir === 'none') return 0;
  if (dir === undefined) {
    process.stderr.write('eval:extract: --timebank needs a directory\n');
    return 2;
  }
  const jat = argv.indexOf('--json');
  const json = jat >= 0 ? argv[jat + 1] : DEFAULT_JSON;
  if (json === undefined) {
    process.stderr.write('eval:extract: --json needs a file\n');
    return 2;
  }
  let extractor, chrono;
  try {
    extractor = await scoreTimebank(findMentions, { dir });
    chrono = await scoreTimebank(findMentionsChronoOnly, { dir });
  } catch (e) {
    process.stderr.write(`eval:extract: ${(e as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`\nTimeBank/AQUAINT (${extractor.docs} English documents, TempEval-3 entity scoring, ${dir})\n`);
  process.stdout.write('subset         system      gold  found  strict F1  relaxed F1  value acc  value F1\n');
  const f = (x: number) => `${x.toFixed(1).padStart(5)}%`;
  for (const subset of SUBSETS) {
    for (const [name, r] of [['extractor', extractor], ['chrono', chrono]] as const) {
      const s = r.figures[subset];
      process.stdout.write(`${subset.padEnd(14)} ${name.padEnd(10)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)}     ${f(s.strictF1)}      ${f(s.relaxedF1)}     ${f(s.valueAcc)}    ${f(s.valueF1)}\n`);
    }
  }
  process.stdout.write('calendar: DATE/TIME items with a calendar value (see the corpus README); value F1 = value acc × relaxed F1.\n');
  writeFileSync(json, `${JSON.stringify({ corpus: 'TimeBank/AQUAINT (TempEval-3 training, TBAQ-cleaned)', documents: extractor.docs, extractor: extractor.figures, chrono: chrono.figures }, null, 2)}\n`);
  process.stdout.write(`wrote ${json}\n`);
  return 0;
}

function main(argv: readonly string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const at = argv.indexOf('--corpus');
  const dir = at >= 0 ? argv[at + 1] : DEFAULT_CORPUS;
  if (dir === undefined) {
    process.stderr.write('eval:extract: --corpus needs a directory\n');
    return 2;
  }
  const { docs, problems } = readCorpus(dir);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`eval:extract: ${p}\n`);
    return 1;
  }
  const systems = { extractor: findMentions, chrono: findMentionsChronoOnly } as const;
  const totals = new Map<string, Score>();
  const add = (key: string, s: Score) => {
    const t = totals.get(key) ?? { gold: 0, found: 0, matched: 0, correct: 0 };
    totals.set(key, { gold: t.gold + s.gold, found: t.found + s.found, matched: t.matched + s.matched, correct: t.correct + s.correct });
  };
  for (const doc of docs) {
    const ref = parseReference(doc.published);
    if (!ref.ok) continue;
    const ctx = makeContext(doc.text, doc.lang, ref.value);
    for (const [name, find] of Object.entries(systems)) {
      const found = find(ctx);
      const { matches, missed, spurious } = scoreDoc(found, doc.mentions);
      const wrong = matches.filter((m) => m.f.value !== m.g.value);
      const s = { gold: doc.mentions.length, found: found.length, matched: matches.length, correct: matches.length - wrong.length };
      add(`${doc.lang}|all|${name}`, s);
      add(`${doc.lang}|${doc.set}|${name}`, s);
      if (verbose && name === 'extractor' && (missed.length || spurious.length || wrong.length)) {
        process.stdout.write(`\n${doc.id}\n`);
        for (const g of missed) process.stdout.write(`  missed   "${doc.text.slice(g.start, g.end)}" = ${g.value}\n`);
        for (const f of spurious) process.stdout.write(`  spurious "${f.text}" = ${f.value} (${f.rule})\n`);
        for (const w of wrong) process.stdout.write(`  wrong    "${w.f.text}" = ${w.f.value} (${w.f.rule}), annotated ${w.g.value}\n`);
      }
    }
  }
  const counts = (lang: Lang) => docs.filter((d) => d.lang === lang).length;
  process.stdout.write(`\nCorpus: ${docs.length} documents (ru ${counts('ru')}, en ${counts('en')}) in ${dir}\n`);
  process.stdout.write('Relaxed matching: a found phrase counts when it overlaps an annotated one (one-to-one).\n\n');
  process.stdout.write('lang  set           system      gold  found   prec.   recall     F1   value acc  correct/gold\n');
  const sets = [...new Set(docs.map((d) => d.set))].sort();
  for (const lang of ['ru', 'en'] as const) {
    for (const set of ['all', ...sets]) {
      for (const name of Object.keys(systems)) {
        const s = totals.get(`${lang}|${set}|${name}`);
        if (s) process.stdout.write(`${line(lang, set, name, s)}\n`);
      }
    }
    process.stdout.write('\n');
  }
  process.stdout.write('value acc: matched phrases resolved to the annotated value; correct/gold: of all annotated phrases.\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const code = main(argv);
  process.exitCode = code;
  if (code === 0) void timebank(argv).then((c) => { process.exitCode = c; });
}
