import type { ActorRecord, DatasetInput, EventKind, RelationType, ReviewStatus } from '../schema';
import { DATASET_FORMAT, DATASET_VERSION } from '../schema';
import { extentOf, formatCalendarDate, formatEdtf, type When } from '../when';
import { datePhrase, type Language } from './datePhrase';
import { createRandom, type Random } from './random';
import {
  anniversaryOf,
  calendarAt,
  EMPTY_GAP,
  makeClusters,
  occurrenceWhen,
  pointAt,
  reportTime,
  sampleBackground,
  sampleInCluster,
  type Cluster,
} from './timeModel';
import {
  ACTIONS,
  ACTOR_POOL,
  FILLERS_EN,
  FILLERS_RU,
  LEADS_EN,
  LEADS_RU,
  MONTHS_EN,
  OFFSETS,
  PUBLISHERS_EN,
  PUBLISHERS_RU,
  TAGS,
  type Action,
  type ActorWords,
} from './vocabulary';

/**
 * A synthetic but valid dataset of any size, for benchmarks and tests: the same
 * options always give the same dataset. Sources are written sentence by sentence
 * and every offset is taken while writing, so each quote is exactly the text it
 * points at, whatever the script.
 */

/** Bump when the output for a given seed changes, so cached files are regenerated. */
export const GENERATOR_VERSION = 1;

export const MAX_EVENTS = 2_000_000;

export interface GenerateOptions {
  /** How many events, 1 … MAX_EVENTS. */
  readonly events: number;
  /** Any unsigned 32-bit integer. */
  readonly seed: number;
}

export function validateGenerateOptions(options: GenerateOptions): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(options.events) || options.events < 1 || options.events > MAX_EVENTS) {
    errors.push(`events must be an integer from 1 to ${MAX_EVENTS}, got ${options.events}`);
  }
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    errors.push(`seed must be an integer from 0 to ${0xffffffff}, got ${options.seed}`);
  }
  return errors;
}

/** Lanes grow slowly with size: 8 actors for a small dataset, up to 20 for millions of events. */
export function actorCountFor(events: number): number {
  return Math.min(ACTOR_POOL.length, Math.max(8, Math.round(3 * Math.log10(Math.max(events, 1)))));
}

function clusterCountFor(events: number): number {
  return Math.min(30, Math.max(6, Math.round(4 + 3 * Math.log10(Math.max(events, 1)))));
}

interface Draft {
  readonly id: string;
  readonly kind: EventKind;
  readonly when: When;
  /** Where the event sorts in time: it decides which source reports it. */
  readonly reference: number;
  readonly actors: readonly number[];
  readonly action: Action;
  readonly tags: readonly string[];
  readonly relations: { type: RelationType; target: string }[];
  /** What a report or anniversary is about. */
  readonly target?: Draft;
  readonly years?: number;
  readonly corroborated: boolean;
  readonly evidence: { sourceId: string; start: number; end: number; quote: string }[];
}

const KINDS: readonly EventKind[] = ['occurrence', 'report', 'anniversary'];
const KIND_WEIGHTS = [0.72, 0.2, 0.08];
const REVIEWS: readonly ReviewStatus[] = ['accepted', 'unreviewed', 'rejected'];
const REVIEW_WEIGHTS = [0.7, 0.27, 0.03];

export function generateDataset(options: GenerateOptions): DatasetInput {
  const errors = validateGenerateOptions(options);
  if (errors.length) throw new RangeError(errors.join('; '));
  const { events: count, seed } = options;
  const rng = createRandom(seed);

  const actors = rng.shuffle(ACTOR_POOL).slice(0, actorCountFor(count));
  // Zipf-like weights: a few busy lanes and some quiet ones.
  const actorWeights = actors.map((_, i) => 1 / (i + 1) ** 0.8);
  const clusters = makeClusters(rng, clusterCountFor(count));
  const clusterWeights = clusters.map((c) => c.weight);
  const clusterTheme = clusters.map(() => ({
    actors: [rng.int(0, actors.length - 1), rng.int(0, actors.length - 1)],
    action: rng.int(0, ACTIONS.length - 1),
  }));

  const idWidth = String(count - 1).length;
  const drafts: Draft[] = [];
  const occurrences: Draft[] = [];
  const lastInCluster = new Map<number, Draft>();
  const firstInCluster = new Map<number, Draft>();

  const pickActors = (preferred: readonly number[] | null): number[] => {
    const primary = preferred && rng.chance(0.55) ? rng.pick(preferred) : rng.weighted(actorWeights);
    const chosen = [primary];
    const extra = rng.chance(0.35) ? (rng.chance(0.25) ? 2 : 1) : 0;
    for (let k = 0; k < extra; k++) {
      const other = rng.weighted(actorWeights);
      if (!chosen.includes(other)) chosen.push(other);
    }
    return chosen;
  };
  const pickTags = (action: Action): string[] => {
    const tags = [action.tag];
    if (rng.chance(0.3)) {
      const extra = rng.pick(TAGS);
      if (!tags.includes(extra)) tags.push(extra);
    }
    return tags;
  };

  for (let i = 0; i < count; i++) {
    const id = `ev-${String(i).padStart(idWidth, '0')}`;
    const kind = occurrences.length >= 3 ? KINDS[rng.weighted(KIND_WEIGHTS)]! : 'occurrence';
    const corroborated = rng.chance(0.08);

    if (kind === 'report') {
      const target = rng.pick(occurrences);
      const t = reportTime(rng, target.reference);
      const when = pointAt(rng, t, rng.chance(0.6) ? 'minute' : 'day');
      drafts.push({
        id, kind, when, reference: extentOf(when).reference, target, corroborated,
        actors: pickActors(null), action: target.action, tags: [...target.tags.slice(0, 1), 'statement'].filter(unique),
        relations: [{ type: 'reports', target: target.id }], evidence: [],
      });
      continue;
    }
    if (kind === 'anniversary') {
      const target = rng.pick(occurrences);
      const at = anniversaryOf(rng, target.reference);
      if (at) {
        const when = pointAt(rng, at.t, 'day');
        drafts.push({
          id, kind, when, reference: extentOf(when).reference, target, years: at.years, corroborated,
          actors: [...target.actors], action: target.action, tags: [...target.tags.slice(0, 1), 'anniversary'],
          relations: [{ type: 'anniversary-of', target: target.id }], evidence: [],
        });
        continue;
      }
      // No anniversary of it falls inside an era: this one becomes an occurrence.
    }

    const inCluster = rng.chance(0.82);
    const c = inCluster ? rng.weighted(clusterWeights) : -1;
    const cluster: Cluster | null = c >= 0 ? clusters[c]! : null;
    const t = cluster ? sampleInCluster(rng, cluster) : sampleBackground(rng);
    const when = occurrenceWhen(rng, t);
    const theme = c >= 0 ? clusterTheme[c]! : null;
    const action = theme && rng.chance(0.4) ? ACTIONS[theme.action]! : rng.pick(ACTIONS);
    const relations: Draft['relations'] = [];
    if (c >= 0) {
      const previous = lastInCluster.get(c);
      const anchor = firstInCluster.get(c);
      if (previous && rng.chance(0.1)) relations.push({ type: 'follows', target: previous.id });
      else if (anchor && rng.chance(0.06)) relations.push({ type: 'part-of', target: anchor.id });
    }
    if (occurrences.length > 0 && rng.chance(0.03)) {
      const other = rng.pick(occurrences);
      if (!relations.some((r) => r.target === other.id)) relations.push({ type: 'mentions', target: other.id });
    }
    const draft: Draft = {
      id, kind: 'occurrence', when, reference: extentOf(when).reference, corroborated,
      actors: pickActors(theme?.actors ?? null), action, tags: pickTags(action), relations, evidence: [],
    };
    drafts.push(draft);
    occurrences.push(draft);
    if (c >= 0) {
      lastInCluster.set(c, draft);
      if (!firstInCluster.has(c)) firstInCluster.set(c, draft);
    }
  }

  const sources = writeSources(rng, drafts, actors, seed);

  const actorRecords: ActorRecord[] = actors.map((a) => ({ id: a.id, name: a.name, aliases: [a.ru], type: a.type }));
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: `Synthetic chronology: ${count.toLocaleString('en')} events (seed ${seed})`,
    description:
      `Generated by Sourceline's dataset generator v${GENERATOR_VERSION} for tests and benchmarks. ` +
      `Invented actors and sources; events cluster in 1968–1986 and 1995–2025 with nothing in ` +
      `${new Date(EMPTY_GAP.start).getUTCFullYear()}–${new Date(EMPTY_GAP.end).getUTCFullYear() - 1}.`,
    sources,
    actors: actorRecords,
    events: drafts.map((d) => {
      const review = REVIEWS[rng.weighted(REVIEW_WEIGHTS)]!;
      const confidence = rng.chance(0.4) ? Math.round(rng.between(0.4, 1) * 100) / 100 : undefined;
      return {
        id: d.id,
        title: titleOf(d, actors),
        ...(rng.chance(0.06) ? { description: descriptionOf(d) } : {}),
        when: formatEdtf(d.when),
        kind: d.kind,
        actors: d.actors.map((a) => actors[a]!.id),
        tags: [...d.tags],
        evidence: d.evidence,
        ...(d.relations.length ? { relations: d.relations } : {}),
        // "unreviewed" is the schema's default: leaving it out keeps large files smaller.
        ...(review !== 'unreviewed' ? { review: { status: review } } : {}),
        ...(confidence !== undefined ? { confidence } : {}),
      };
    }),
  };
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

function titleOf(d: Draft, actors: readonly ActorWords[]): string {
  const name = (i: number) => actors[i]!.name;
  switch (d.kind) {
    case 'occurrence':
      return `${name(d.actors[0]!)} ${d.action.title}`;
    case 'report':
      return `${name(d.actors[0]!)} reports that ${name(d.target!.actors[0]!)} ${d.target!.action.past}`;
    case 'anniversary':
      return `${ordinal(d.years!)} anniversary: ${name(d.target!.actors[0]!)} ${d.target!.action.past}`;
  }
}

function descriptionOf(d: Draft): string {
  return `A generated ${d.kind} dated ${formatEdtf(d.when)}; tags: ${d.tags.join(', ')}.`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The claim a source makes about an event, with no lead-in and no full stop: this is the quote. */
function claim(d: Draft, actors: readonly ActorWords[], language: Language): string {
  const date = datePhrase(d.when, language);
  const a = (i: number) => (language === 'en' ? actors[i]!.name : actors[i]!.ru);
  const others = d.actors.slice(1);
  switch (d.kind) {
    case 'occurrence':
      if (language === 'en') {
        const withOthers = others.length ? ` together with ${others.map(a).join(' and ')}` : '';
        return `${a(d.actors[0]!)} ${d.action.past}${withOthers} ${date}`;
      }
      return `${date} состоялось ${d.action.ru} (${d.actors.map(a).join(', ')})`;
    case 'report': {
      const t = d.target!;
      return language === 'en'
        ? `${a(d.actors[0]!)} reported ${date} that ${a(t.actors[0]!)} had ${t.action.past}`
        : `${date} поступило сообщение (${a(d.actors[0]!)}): состоялось ${t.action.ru} (${a(t.actors[0]!)})`;
    }
    case 'anniversary': {
      const t = d.target!;
      return language === 'en'
        ? `${date}, ${a(d.actors[0]!)} marked the ${ordinal(d.years!)} anniversary of the day ${a(t.actors[0]!)} ${t.action.past}`
        : `${date} отмечалась ${d.years}-я годовщина события: ${t.action.ru} (${a(t.actors[0]!)})`;
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Appends text and knows the UTF-16 offset of everything appended so far. */
class TextWriter {
  private readonly parts: string[] = [];
  length = 0;
  write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
  toString(): string {
    return this.parts.join('');
  }
}

const EVENTS_PER_SOURCE_MIN = 60;
const EVENTS_PER_SOURCE_MAX = 260;

/**
 * Events are reported by the source of their stretch of time: sorted chronologically and
 * cut into runs, each run one source. A few events are also recalled by the next source,
 * which gives them a second piece of evidence.
 */
function writeSources(rng: Random, drafts: Draft[], actors: readonly ActorWords[], seed: number): DatasetInput['sources'] {
  const ordered = [...drafts].sort((a, b) => a.reference - b.reference || (a.id < b.id ? -1 : 1));
  const runs: Draft[][] = [];
  const maxRun = Math.max(1, Math.ceil(ordered.length / 3));
  for (let i = 0; i < ordered.length; ) {
    const size = Math.min(rng.int(EVENTS_PER_SOURCE_MIN, EVENTS_PER_SOURCE_MAX), maxRun);
    runs.push(ordered.slice(i, i + size));
    i += size;
  }
  const idWidth = Math.max(3, String(runs.length).length);

  return runs.map((run, r) => {
    const id = `src-${String(r + 1).padStart(idWidth, '0')}`;
    // Every fourth source is Russian, so that even a small dataset has non-Latin text.
    const language: Language = r % 4 === 1 ? 'ru' : 'en';
    const en = language === 'en';
    const publisher = rng.pick(en ? PUBLISHERS_EN : PUBLISHERS_RU);
    const first = run[0]!.reference;
    const last = run[run.length - 1]!.reference;
    const published = formatCalendarDate(calendarAt(last + rng.between(0.3, 3) * 86_400_000, 'minute', rng.pick(OFFSETS)));
    const title = en
      ? `${publisher}: chronicle, ${monthYear(first)} – ${monthYear(last)}`
      : `${publisher}: хроника событий, ${new Date(first).getUTCFullYear()}–${new Date(last).getUTCFullYear()}`;

    const text = new TextWriter();
    text.write(`${title}\n${publisher}\n\n`);
    const cite = (d: Draft, lead: string, core: string, end: string) => {
      text.write(lead);
      const start = text.length;
      text.write(core);
      d.evidence.push({ sourceId: id, start, end: text.length, quote: core });
      text.write(end);
    };

    const recalled = r > 0 ? runs[r - 1]!.filter((d) => d.corroborated) : [];
    if (recalled.length) {
      text.write(en ? 'Background.\n' : 'Предыстория.\n');
      for (const d of recalled) cite(d, en ? 'As previously reported, ' : 'Как сообщалось ранее, ', claim(d, actors, language), '. ');
      text.write('\n\n');
    }

    let inParagraph = 0;
    let paragraphLength = rng.int(3, 7);
    for (const d of run) {
      if (rng.chance(0.2)) {
        text.write(rng.pick(en ? FILLERS_EN : FILLERS_RU) + ' ');
        inParagraph++;
      }
      const lead = rng.pick(en ? LEADS_EN : LEADS_RU);
      const core = claim(d, actors, language);
      cite(d, lead, lead === '' ? capitalize(core) : core, '.');
      if (++inParagraph >= paragraphLength) {
        text.write('\n\n');
        inParagraph = 0;
        paragraphLength = rng.int(3, 7);
      } else {
        text.write(' ');
      }
    }

    return {
      id,
      title,
      publisher,
      url: `https://example.org/sourceline/synthetic/${seed}/${id}`,
      language,
      published,
      text: text.toString().trimEnd(),
    };
  });
}

function monthYear(t: number): string {
  const d = new Date(t);
  return `${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
