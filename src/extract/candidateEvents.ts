/**
 * Mentions become candidate events for review: the sentence around a mention is the
 * excerpt, a title is proposed from it, actors come from the alias table, and the kind is
 * an occurrence, a report (the mention dates the reporting: "Во вторник пресс-служба
 * Кремля сообщила, что…") or an anniversary, related to its original event when known.
 */
import type { EventRecord } from '../domain/schema';
import { findActors } from './actors';
import { sentenceIndexAt, type Span } from './sentences';
import type { Mention, RuleContext } from './types';
import { EXTRACTOR_VERSION } from './version';
import { formatDay } from './calendar';
import { titleFromSentence } from './titles';

const RU_REPORT = /(?<![\p{L}])(сообщил\p{L}*|заявил\p{L}*|информировал\p{L}*|объявил\p{L}*|рассказал\p{L}*|подтвердил\p{L}*|передал\p{L}*|написал\p{L}*|сообщает|сообщают|сообщается|заявляет|передает|передаёт|пишет)(?![\p{L}])/iu;
const EN_REPORT = /\b(reported|said|announced|told|stated|confirmed|wrote|reports|says|according\s+to)\b/iu;
/** Where the reported content begins: the complementizer or a colon. */
const RU_CONTENT = /,\s*что(?![\p{L}])|:\s|«|"/u;
const EN_CONTENT = /\bthat\b|:\s|“|"/u;

export interface CandidateEventsOptions {
  readonly sourceId: string;
}

/** Whether the mention dates the act of reporting rather than what is reported. */
function isReport(ctx: RuleContext, mention: Mention, sentence: Span): boolean {
  if (mention.rule === 'dateline') return true;
  // A report is recent news: a date years before the publication dates something else.
  if (Number(mention.value.replace(/^\[\.\./u, '').slice(0, 4)) < ctx.ref.year - 1) return false;
  const text = ctx.text.slice(sentence.start, sentence.end);
  const verb = (ctx.lang === 'ru' ? RU_REPORT : EN_REPORT).exec(text);
  if (!verb) return false;
  const content = (ctx.lang === 'ru' ? RU_CONTENT : EN_CONTENT).exec(text);
  const at = mention.start - sentence.start;
  // A mention after the start of the reported content dates that content.
  return content === null ? true : at < content.index && verb.index < content.index;
}

function eventId(prefix: string, start: number, end: number): string {
  return `extract-${prefix}${start}-${end}`;
}

export function candidateEvents(ctx: RuleContext, mentions: readonly Mention[], options: CandidateEventsOptions): EventRecord[] {
  const events: EventRecord[] = [];
  const originals = new Map<string, EventRecord>();
  const anniversaries = new Map<string, EventRecord>();
  const provenance = (rule: string) => ({ method: 'extracted' as const, extractor: EXTRACTOR_VERSION, rule });
  const evidenceOf = (s: Span) => ({ sourceId: options.sourceId, start: s.start, end: s.end, quote: ctx.text.slice(s.start, s.end) });

  const actorsBySentence = new Map<number, string[]>();
  for (const m of mentions) {
    const si = sentenceIndexAt(ctx.sentences, m.start);
    const sentence: Span = si < 0 ? { start: m.start, end: m.end } : ctx.sentences[si]!;
    const quote = ctx.text.slice(sentence.start, sentence.end);
    let found = actorsBySentence.get(si);
    if (!found) actorsBySentence.set(si, (found = findActors(quote)));
    const actors = [...found];

    if (m.original) {
      const key = `${m.value}|${m.original.value}`;
      const existing = anniversaries.get(key);
      if (existing) {
        if (!existing.evidence.some((e) => e.start === sentence.start)) existing.evidence.push(evidenceOf(sentence));
        continue;
      }
      let original = originals.get(m.original.value);
      if (!original) {
        original = {
          id: `extract-original-${m.original.value}`, title: m.original.title, when: m.original.value, kind: 'occurrence',
          actors: [], tags: [], evidence: [evidenceOf({ start: m.start, end: m.end })], relations: [],
          review: { status: 'unreviewed' }, provenance: provenance('anniversary-original'),
        };
        originals.set(m.original.value, original);
        events.push(original);
      }
      const years = Number(m.value.slice(0, 4)) - Number(m.original.value.slice(0, 4));
      const event: EventRecord = {
        id: eventId('', m.start, m.end),
        title: ctx.lang === 'ru' ? `${years}-летие: ${m.original.title}` : `${ordinal(years)} anniversary: ${m.original.title}`,
        when: m.value, kind: 'anniversary', actors, tags: [], evidence: [evidenceOf(sentence)],
        relations: [{ type: 'anniversary-of', target: original.id }],
        review: { status: 'unreviewed' }, provenance: { ...provenance(m.rule), phrase: { start: m.start, end: m.end } },
      };
      anniversaries.set(key, event);
      events.push(event);
      continue;
    }

    events.push({
      id: eventId('', m.start, m.end),
      title: titleFromSentence(quote, { start: m.start - sentence.start, end: m.end - sentence.start }, ctx.lang) || (ctx.lang === 'ru' ? 'Публикация' : 'Publication'),
      when: m.value,
      kind: isReport(ctx, m, sentence) ? 'report' : 'occurrence',
      actors, tags: [], evidence: [evidenceOf(sentence)], relations: [],
      // The date words inside the sentence, so review can mark them apart from it.
      review: { status: 'unreviewed' }, provenance: { ...provenance(m.rule), phrase: { start: m.start, end: m.end } },
    });
  }

  // An original that the text dates itself ("…основания 12 мая 1995 года") is that mention's event.
  for (const original of originals.values()) {
    const dated = events.find((e) => e !== original && e.kind === 'occurrence' && e.when === original.when);
    if (!dated) continue;
    events.splice(events.indexOf(original), 1);
    for (const e of events) for (const r of e.relations) if (r.target === original.id) r.target = dated.id;
  }

  // A sentence that reports something without a date is a report of the publication day.
  const dated = new Set(mentions.map((m) => sentenceIndexAt(ctx.sentences, m.start)));
  ctx.sentences.forEach((s, i) => {
    if (dated.has(i)) return;
    const quote = ctx.text.slice(s.start, s.end);
    const verb = (ctx.lang === 'ru' ? RU_REPORT : EN_REPORT).exec(quote);
    if (!verb || !/л\p{L}{0,3}$|ed$|said|told|wrote/iu.test(verb[0])) return;
    events.push({
      id: eventId('s', s.start, s.end),
      title: titleFromSentence(quote, null, ctx.lang),
      when: formatDay(ctx.ref), kind: 'report', actors: findActors(quote), tags: [], evidence: [evidenceOf(s)], relations: [],
      review: { status: 'unreviewed' }, provenance: provenance('report-at-publication'),
    });
  });
  return events;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
