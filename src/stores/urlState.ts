import { z } from 'zod';
import { describeIssue, issueCode } from '../domain/describeIssue';
import type { Problem } from '../domain/parseDataset';
import { EVENT_KINDS, LANE_MODES, type EventKind, type LaneMode } from '../domain/schema';

/**
 * The shareable part of the view, as URL parameters. Parsing is the edge: a bad
 * parameter is dropped with a problem, never thrown, and the rest still applies.
 *
 *   data=<url>        dataset to load instead of the built-in one
 *   event=<id>        selected event
 *   from=<iso>&to=<iso>  visible window (UTC)
 *   lanes=actor|kind|source
 *   fold=0            do not fold long empty stretches
 *   q=<text>          search
 *   actor=<id,id>  kind=<kind,kind>  source=<id,id>   filters
 */

export { LANE_MODES };
export type { LaneMode };

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface UrlState {
  readonly data: string | null;
  readonly event: string | null;
  readonly window: TimeWindow | null;
  readonly lanes: LaneMode;
  readonly fold: boolean;
  readonly query: string;
  readonly actors: readonly string[];
  readonly kinds: readonly EventKind[];
  readonly sources: readonly string[];
}

export const DEFAULT_URL_STATE: UrlState = {
  data: null,
  event: null,
  window: null,
  lanes: 'actor',
  fold: true,
  query: '',
  actors: [],
  kinds: [],
  sources: [],
};

const isoInstant = z
  .string()
  .regex(/^-?\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/, 'expected a UTC date like 2025-08-12 or 2025-08-12T10:15Z')
  .transform((s, ctx) => {
    const withZone = s.includes('T') ? (s.endsWith('Z') ? s : `${s}Z`) : `${s}T00:00Z`;
    const t = Date.parse(withZone);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a real date` });
      return z.NEVER;
    }
    return t;
  });

const listParam = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const dataUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s, 'http://relative.invalid/');
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'expected an http(s) address or a path' },
);

export function parseUrlState(search: string): { state: UrlState; problems: Problem[] } {
  const params = new URLSearchParams(search);
  const problems: Problem[] = [];
  const field = <T>(name: string, schema: z.ZodType<T>, value: string | null): T | undefined => {
    if (value === null) return undefined;
    const r = schema.safeParse(value, { reportInput: true });
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    const code = issue ? issueCode(issue) : null;
    problems.push({ path: `?${name}`, message: issue ? describeIssue(issue) : 'invalid', ...(code ? { code } : {}), severity: 'warning' });
    return undefined;
  };
  const all = (name: string) => (params.getAll(name).length ? params.getAll(name).join(',') : null);

  const from = field('from', isoInstant, params.get('from'));
  const to = field('to', isoInstant, params.get('to'));
  let window: TimeWindow | null = null;
  if (from !== undefined && to !== undefined) {
    if (to > from) window = { start: from, end: to };
    else problems.push({ path: '?to', message: '"to" must be after "from"', severity: 'warning' });
  } else if (params.has('from') !== params.has('to')) {
    problems.push({ path: params.has('from') ? '?to' : '?from', message: 'a window needs both "from" and "to"', severity: 'warning' });
  }

  const kinds = field('kind', listParam, all('kind')) ?? [];
  const badKinds = kinds.filter((k) => !(EVENT_KINDS as readonly string[]).includes(k));
  if (badKinds.length) {
    problems.push({ path: '?kind', message: `unknown kind ${badKinds.join(', ')}; expected ${EVENT_KINDS.join(', ')}`, severity: 'warning' });
  }
  const fold = params.get('fold');
  if (fold !== null && fold !== '0' && fold !== '1') {
    problems.push({ path: '?fold', message: 'expected 0 or 1', severity: 'warning' });
  }

  return {
    state: {
      data: field('data', dataUrl, params.get('data')) ?? null,
      event: field('event', z.string().min(1).max(200), params.get('event')) ?? null,
      window,
      lanes: field('lanes', z.enum(LANE_MODES, { error: 'expected actor, kind or source' }), params.get('lanes')) ?? 'actor',
      fold: fold !== '0',
      query: params.get('q') ?? '',
      actors: field('actor', listParam, all('actor')) ?? [],
      kinds: kinds.filter((k): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k)),
      sources: field('source', listParam, all('source')) ?? [],
    },
    problems,
  };
}

/** An instant as short as it can be written without losing what the window needs. */
export function formatInstant(t: number): string {
  const iso = new Date(Math.round(t / 1000) * 1000).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 16)}Z`;
  return `${iso.slice(0, 19)}Z`;
}

/**
 * Longer search text stays out of the address: servers refuse addresses of tens of
 * thousands of characters (HTTP 414/431), and a link must stay shareable.
 */
export const MAX_QUERY_IN_URL = 300;

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.data) params.set('data', state.data);
  if (state.event) params.set('event', state.event);
  if (state.window) {
    params.set('from', formatInstant(state.window.start));
    params.set('to', formatInstant(state.window.end));
  }
  if (state.lanes !== 'actor') params.set('lanes', state.lanes);
  if (!state.fold) params.set('fold', '0');
  if (state.query && state.query.length <= MAX_QUERY_IN_URL) params.set('q', state.query);
  if (state.actors.length) params.set('actor', state.actors.join(','));
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.sources.length) params.set('source', state.sources.join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}
