/**
 * How many sources support an event, and whether they agree on its date. An evidence item
 * that carries its own `when` came from a merged candidate that implied another date;
 * evidence without one agrees with the event. Pure: the details pane and the list only
 * format what this returns.
 */
import { formatWhen } from './formatWhen';
import { extentOf, parseEdtf } from './when';

/** The fields this module reads, so that it does not depend on the schema's evolution. */
export interface EvidenceLike {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** The date this excerpt implies, when it differs from the event's (EDTF). */
  readonly when?: string;
}

export interface EventLike<E extends EvidenceLike = EvidenceLike> {
  readonly when: string;
  readonly evidence: readonly E[];
}

/** One date and the distinct sources that imply it. */
export interface DateSupport {
  readonly when: string;
  readonly sources: readonly string[];
}

export interface Corroboration {
  /** Distinct sources among the evidence, whatever date they imply. */
  readonly sourceCount: number;
  /** Every date implied, most-supported first, then earliest first. */
  readonly dates: readonly DateSupport[];
  /** Whether the sources imply more than one date. */
  readonly disagrees: boolean;
}

export function corroboration(event: EventLike): Corroboration {
  const byDate = new Map<string, Set<string>>();
  for (const e of event.evidence) {
    const when = e.when ?? event.when;
    let sources = byDate.get(when);
    if (!sources) byDate.set(when, (sources = new Set()));
    sources.add(e.sourceId);
  }
  const dates = [...byDate].map(([when, sources]) => ({ when, sources: [...sources].sort() }))
    .sort((a, b) => b.sources.length - a.sources.length || compareWhen(a.when, b.when));
  const sourceCount = new Set(event.evidence.map((e) => e.sourceId)).size;
  return { sourceCount, dates, disagrees: dates.length > 1 };
}

/** Earlier start first; a date that does not parse goes last, by its text, so the order is still total. */
function compareWhen(a: string, b: string): number {
  const ka = startOf(a);
  const kb = startOf(b);
  return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
}

function startOf(edtf: string): number {
  const parsed = parseEdtf(edtf);
  return parsed.ok ? extentOf(parsed.value).start : Number.POSITIVE_INFINITY;
}

/**
 * "2 sources: 12 Aug 2025 · 1 source: 13 Aug 2025": `group` words one date and how many
 * sources imply it (in the interface language), `formatDate` writes the date.
 */
export function describeDisagreement(
  dates: readonly DateSupport[],
  group: (sourceCount: number, date: string) => string,
  formatDate: (edtf: string) => string,
): string {
  return dates.map((d) => group(d.sources.length, formatDate(d.when))).join(' · ');
}

/** An EDTF string in words; one that does not parse is shown as written. */
export function formatEdtfWords(edtf: string, locale: string): string {
  const parsed = parseEdtf(edtf);
  return parsed.ok ? formatWhen(parsed.value, locale) : edtf;
}

/**
 * The event dated `when`: evidence that implied `when` now agrees (its own date is dropped),
 * evidence that implied the old or another date keeps it, so the alternatives stay noted.
 */
export function chooseDate<E extends EvidenceLike, T extends EventLike<E>>(event: T, when: string): T {
  if (when === event.when) return event;
  const evidence = event.evidence.map((e): E => {
    const implied = e.when ?? event.when;
    if (implied === when) {
      const { when: _dropped, ...agrees } = e;
      return agrees as E;
    }
    return e.when === implied ? e : { ...e, when: implied };
  });
  return { ...event, when, evidence };
}

/**
 * The event's support worth a few words in the list, the timeline mark's accessible name
 * and tooltips ("3 sources", "3 sources disagree on the date"); null for a single source
 * that agrees with itself. The words are the interface's: this says only what to word.
 */
export function supportSummary(event: EventLike): { readonly sourceCount: number; readonly disagrees: boolean } | null {
  const c = corroboration(event);
  if (c.disagrees) return { sourceCount: c.sourceCount, disagrees: true };
  return c.sourceCount >= 2 ? { sourceCount: c.sourceCount, disagrees: false } : null;
}
