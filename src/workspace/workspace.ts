import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Problem } from '../domain/parseDataset';
import { sourceSchema, type DatasetInput, type EventRecord, type SourceRecord } from '../domain/schema';
import type { Dataset } from '../domain/dataset';
import { composeDatasets, workspaceDatasetOf, type WorkspaceSnapshot } from './compose';
import { datasetRecords, type DatasetRecords } from './datasetImport';
import { DEFAULT_WORKSPACE_NAME, openWorkspaceDB, type WorkspaceDB } from './db';
import { eventIdFor, sourceIdFor } from './ids';
import { applyReview, validateEvent, withEvidence, type ReviewAction } from './review';
import type { ImportOrigin, StoredEvent, StoredSource, WorkspaceChange, WriteFailure, WriteResult } from './types';

/**
 * The analyst's workspace in IndexedDB: imported sources, their candidate events and
 * the review of each. Every write is one transaction (all or nothing), checks the
 * revision it was based on (compare-and-set), and tells other tabs through a
 * BroadcastChannel so that they refetch. The built-in dataset is never written here.
 */

export const WORKSPACE_CHANNEL = 'sourceline-workspace';

export interface OpenWorkspaceOptions {
  /** IndexedDB database name; tests use one per case. */
  readonly name?: string;
  /** ISO 8601 "now" for importedAt / reviewedAt; the system clock by default. */
  readonly clock?: () => string;
  /** Recorded as review.reviewer when set. */
  readonly reviewer?: string;
}

export interface NewSourceInput {
  /** The source; `id` is derived from the text when absent. */
  readonly source: Omit<SourceRecord, 'id'> & { readonly id?: string };
  readonly origin: ImportOrigin;
  /** The extractor's result for this text (`extract(text, …)`); its ids and evidence source ids are re-based on the new source. */
  readonly extraction?: { readonly extractor: string; readonly lang: string; readonly events: readonly EventRecord[] };
  readonly furniture?: StoredSource['furniture'];
}

export interface AddedSource {
  readonly source: StoredSource;
  readonly candidates: readonly StoredEvent[];
}

export class WorkspaceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceUnavailableError';
  }
}

type Listener = (change: WorkspaceChange) => void;
type Stores = StoreNames<WorkspaceDB>[];
type Tx = IDBPTransaction<WorkspaceDB, Stores, 'readwrite'>;

/** Thrown inside a transaction to abort it with a typed result. */
class Refusal {
  constructor(readonly failure: WriteFailure) {}
}

export class Workspace {
  private db: IDBPDatabase<WorkspaceDB> | null;
  private readonly channel: BroadcastChannel | null;
  private readonly listeners = new Set<Listener>();

  private constructor(
    db: IDBPDatabase<WorkspaceDB>,
    readonly name: string,
    private readonly clock: () => string,
    private readonly reviewer: string | undefined,
  ) {
    this.db = db;
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(WORKSPACE_CHANNEL);
    if (this.channel) {
      this.channel.onmessage = (e: MessageEvent) => {
        const m = e.data as { name?: string; sources?: string[]; events?: string[] } | null;
        if (m?.name === this.name) this.emit({ sources: m.sources ?? [], events: m.events ?? [], remote: true });
      };
    }
  }

  static async open(options: OpenWorkspaceOptions = {}): Promise<Workspace> {
    if (typeof indexedDB === 'undefined') throw new WorkspaceUnavailableError('This browser has no IndexedDB, so imported sources cannot be kept.');
    const name = options.name ?? DEFAULT_WORKSPACE_NAME;
    let ws: Workspace | null = null;
    let db: IDBPDatabase<WorkspaceDB>;
    try {
      db = await openWorkspaceDB(name, () => ws?.releaseConnection());
    } catch (e) {
      throw new WorkspaceUnavailableError(`The workspace could not be opened: ${(e as Error).message}`);
    }
    ws = new Workspace(db, name, options.clock ?? (() => new Date().toISOString()), options.reviewer);
    return ws;
  }

  /** Called when another tab upgrades the database: the next call reopens it. */
  private releaseConnection(): void {
    this.db?.close();
    this.db = null;
  }

  private async database(): Promise<IDBPDatabase<WorkspaceDB>> {
    if (!this.db) this.db = await openWorkspaceDB(this.name, () => this.releaseConnection());
    return this.db;
  }

  /** Changes made by this handle (remote: false) and by other tabs (remote: true). Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.channel?.close();
    this.listeners.clear();
    this.releaseConnection();
  }

  private emit(change: WorkspaceChange): void {
    for (const l of this.listeners) l(change);
  }

  private announce(sources: string[], events: string[]): void {
    this.emit({ sources, events, remote: false });
    this.channel?.postMessage({ name: this.name, sources, events });
  }

  /** Runs `body` in one read-write transaction; a Refusal or any error aborts it and nothing is written. */
  private async write<T>(stores: Stores, body: (tx: Tx) => Promise<T>): Promise<WriteResult<T>> {
    const db = await this.database();
    const tx = db.transaction(stores, 'readwrite');
    try {
      const value = await body(tx);
      await tx.done;
      return { ok: true, value };
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await tx.done.catch(() => undefined);
      if (e instanceof Refusal) return e.failure;
      return { ok: false, reason: 'failed', message: `Nothing was saved: ${(e as Error).message ?? String(e)}` };
    }
  }

  // ── reading ───────────────────────────────────────────────────────────────

  async listSources(): Promise<StoredSource[]> {
    const all = await (await this.database()).getAll('sources');
    return all.sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : a.id < b.id ? -1 : 1));
  }

  async getSource(id: string): Promise<StoredSource | null> {
    return (await (await this.database()).get('sources', id)) ?? null;
  }

  /** A source's events in every state, in text order: the review panel's list. */
  async listEvents(sourceId: string): Promise<StoredEvent[]> {
    const events = await (await this.database()).getAllFromIndex('events', 'bySource', sourceId);
    const at = (e: StoredEvent) => e.record.evidence[0]?.start ?? 0;
    return events.sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    return (await (await this.database()).get('events', id)) ?? null;
  }

  /** Everything, read in one transaction so that it is consistent. */
  async snapshot(): Promise<WorkspaceSnapshot> {
    const tx = (await this.database()).transaction(['sources', 'events', 'additions'], 'readonly');
    const [sources, events, additions] = await Promise.all([
      tx.objectStore('sources').getAll(),
      tx.objectStore('events').getAll(),
      tx.objectStore('additions').getAll(),
    ]);
    await tx.done;
    return { sources, events, additions };
  }

  /** The workspace alone, in the dataset format (accepted events only); it passes parseDataset. */
  async workspaceDataset(): Promise<DatasetInput> {
    return workspaceDatasetOf(await this.snapshot());
  }

  /** `base` (the built-in dataset, as a file) with the workspace laid over it. */
  async composeWith(base: DatasetInput): Promise<DatasetInput> {
    return composeDatasets(base, await this.snapshot());
  }

  // ── writing ───────────────────────────────────────────────────────────────

  /**
   * Adds a source and its candidate events in one transaction. Refused as a whole —
   * nothing written — when the source or any candidate is invalid, when the same text
   * (or id) is already in the workspace, or when the database fails part-way.
   */
  async addSourceWithCandidates(input: NewSourceInput): Promise<WriteResult<AddedSource>> {
    const now = this.clock();
    const id = input.source.id ?? sourceIdFor(input.source.text);
    const parsed = sourceSchema.safeParse({ ...input.source, id });
    if (!parsed.success) {
      const problems: Problem[] = parsed.error.issues.map((i) => ({ path: `source.${i.path.join('.')}`, message: i.message, severity: 'error' }));
      return { ok: false, reason: 'invalid', message: `The source is not valid: ${problems[0]!.path}: ${problems[0]!.message}`, problems };
    }
    const source = parsed.data;
    const stored: StoredSource = {
      id, rev: 1, source, origin: input.origin, importedAt: now,
      extraction: input.extraction ? { extractor: input.extraction.extractor, lang: input.extraction.lang } : null,
      furniture: input.furniture ?? [],
    };
    const rebase = (eventId: string) => eventIdFor(id, eventId);
    const candidates: StoredEvent[] = [];
    const problems: Problem[] = [];
    (input.extraction?.events ?? []).forEach((e, i) => {
      const record: EventRecord = {
        ...e,
        id: rebase(e.id),
        evidence: e.evidence.map((ev) => ({ ...ev, sourceId: id })),
        relations: e.relations.map((r) => ({ ...r, target: rebase(r.target) })),
        review: { status: 'unreviewed' },
      };
      for (const p of validateEvent(record)) problems.push({ ...p, path: `events[${i}].${p.path}` });
      record.evidence.forEach((ev, j) => {
        if (source.text.slice(ev.start, ev.end) !== ev.quote) {
          problems.push({ path: `events[${i}].evidence[${j}]`, message: `the quote does not match the text at ${ev.start}–${ev.end}`, severity: 'error' });
        }
      });
      candidates.push({
        id: record.id, rev: 1, sourceId: id, state: 'unreviewed', record,
        proposed: { title: record.title, when: record.when, kind: record.kind, actors: record.actors }, updatedAt: now,
      });
    });
    if (problems.length) {
      return { ok: false, reason: 'invalid', message: `${problems.length} candidate ${problems.length === 1 ? 'event is' : 'events are'} not valid; nothing was imported.`, problems };
    }
    const result = await this.write(['sources', 'events'], async (tx) => {
      const existing = await tx.objectStore('sources').get(id);
      if (existing) {
        throw new Refusal({ ok: false, reason: 'duplicate', message: `This text is already in the workspace as "${existing.source.title}".` });
      }
      await tx.objectStore('sources').add(stored);
      const events = tx.objectStore('events');
      // add, not put: an id already taken fails the request, and with it the whole import.
      for (const c of candidates) await events.add(c);
      return { source: stored, candidates };
    });
    if (result.ok) this.announce([id], candidates.map((c) => c.id));
    return result;
  }

  /**
   * Adds a dataset file's sources and events (see datasetImport.ts) in one transaction.
   * Refused as a whole when any of its sources is already in the workspace.
   */
  async addDataset(dataset: Dataset, fileName: string): Promise<WriteResult<DatasetRecords>> {
    const records = datasetRecords(dataset, fileName, this.clock());
    if (records.sources.length === 0) return { ok: false, reason: 'invalid', message: `"${fileName}" has no sources to add.` };
    const result = await this.write(['sources', 'events'], async (tx) => {
      const sources = tx.objectStore('sources');
      for (const s of records.sources) {
        const existing = await sources.get(s.id);
        if (existing) {
          throw new Refusal({ ok: false, reason: 'duplicate', message: `"${s.source.title}" is already in the workspace; nothing from "${fileName}" was added.` });
        }
        await sources.add(s);
      }
      const events = tx.objectStore('events');
      for (const e of records.events) await events.add(e);
      return records;
    });
    if (result.ok) this.announce(records.sources.map((s) => s.id), records.events.map((e) => e.id));
    return result;
  }

  /**
   * Accept, reject, edit, merge or reopen one event. `expectedRev` is the revision the
   * UI showed; if another tab changed the event since, nothing is written and the
   * result is a conflict carrying the current record.
   */
  async reviewCandidate(id: string, action: ReviewAction): Promise<WriteResult<StoredEvent>> {
    const now = this.clock();
    const ctx = { now, ...(this.reviewer ? { reviewer: this.reviewer } : {}) };
    const touched: string[] = [id];
    const result = await this.write(['events', 'additions'], async (tx) => {
      const events = tx.objectStore('events');
      const current = await events.get(id);
      if (!current) throw new Refusal({ ok: false, reason: 'not-found', message: `There is no event "${id}" in the workspace.` });
      if (current.rev !== action.expectedRev) throw new Refusal(conflict(id, action.expectedRev, current));
      const outcome = applyReview(current, action, ctx);
      if (!outcome.ok) throw new Refusal({ ok: false, reason: 'invalid', message: outcome.message, ...(outcome.problems ? { problems: outcome.problems } : {}) });
      if (outcome.merge) {
        const { targetEventId, evidence } = outcome.merge;
        const target = await events.get(targetEventId);
        if (target) {
          if (target.state === 'merged') throw new Refusal({ ok: false, reason: 'invalid', message: `"${target.record.title}" was itself merged; merge into ${target.mergedInto} instead.` });
          // Read and extended inside this transaction: evidence added by another tab meanwhile is kept.
          await events.put({ ...target, rev: target.rev + 1, updatedAt: now, record: { ...target.record, evidence: withEvidence(target.record.evidence, evidence) } });
        } else {
          const additions = tx.objectStore('additions');
          const prior = await additions.get(targetEventId);
          await additions.put({
            id: targetEventId, rev: (prior?.rev ?? 0) + 1, updatedAt: now, evidence: withEvidence(prior?.evidence ?? [], evidence),
          });
        }
        touched.push(targetEventId);
      }
      await events.put(outcome.event);
      return outcome.event;
    });
    if (result.ok) this.announce([], touched);
    return result;
  }

  /** Removes a source, its events, and its excerpts merged into other events. */
  async removeSource(id: string, expectedRev: number): Promise<WriteResult<null>> {
    const touched: string[] = [];
    const result = await this.write(['sources', 'events', 'additions'], async (tx) => {
      const sources = tx.objectStore('sources');
      const current = await sources.get(id);
      if (!current) throw new Refusal({ ok: false, reason: 'not-found', message: `There is no source "${id}" in the workspace.` });
      if (current.rev !== expectedRev) throw new Refusal(conflict(id, expectedRev, current));
      await sources.delete(id);
      const events = tx.objectStore('events');
      const now = this.clock();
      for (const e of await events.getAll()) {
        if (e.sourceId === id) {
          await events.delete(e.id);
          touched.push(e.id);
        } else if (e.record.evidence.some((ev) => ev.sourceId === id)) {
          await events.put({ ...e, rev: e.rev + 1, updatedAt: now, record: { ...e.record, evidence: e.record.evidence.filter((ev) => ev.sourceId !== id) } });
          touched.push(e.id);
        }
      }
      const additions = tx.objectStore('additions');
      for (const a of await additions.getAll()) {
        if (!a.evidence.some((ev) => ev.sourceId === id)) continue;
        const evidence = a.evidence.filter((ev) => ev.sourceId !== id);
        if (evidence.length) await additions.put({ ...a, rev: a.rev + 1, updatedAt: now, evidence });
        else await additions.delete(a.id);
      }
      return null;
    });
    if (result.ok) this.announce([id], touched);
    return result;
  }
}

function conflict(id: string, expectedRev: number, current: StoredEvent | StoredSource): WriteFailure {
  return {
    ok: false, reason: 'conflict', id, expectedRev, current,
    message: `"${'record' in current ? current.record.title : current.source.title}" was changed in another tab; review the current version and try again.`,
  };
}

/** Opens (and if needed creates) the workspace. Rejects with WorkspaceUnavailableError when IndexedDB cannot be used. */
export function openWorkspace(options: OpenWorkspaceOptions = {}): Promise<Workspace> {
  return Workspace.open(options);
}

let shared: Promise<Workspace> | null = null;

/** The app's one workspace handle, opened on first use. */
export function defaultWorkspace(): Promise<Workspace> {
  shared ??= openWorkspace().catch((e: unknown) => {
    shared = null;
    throw e;
  });
  return shared;
}
