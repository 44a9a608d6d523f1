import { planMergeDataset, type DatasetMergeOptions, type DatasetMergeSummary } from './commands/datasetMergeCommands';
import type { IDBPDatabase } from 'idb';
import { stepLabel, type HistoryState, type StepLabel } from './history';
import type { LabelKey } from './commands/labels';
import type { ActorRecord, DatasetInput, EventRecord, SceneRecord } from '../domain/schema';
import type { Dataset } from '../domain/dataset';
import { RECORD_STORES, touched, type Command, type RecordChange } from './commands/command';
import { planCreateActor, planMergeActors, planUpdateActor } from './commands/actorCommands';
import {
  planAddEvidence, planChooseDate, planCreateEvent, planDeleteEvent, planEditEvent, planRemoveEvidence, planRevertEvent, type EventTarget, type NewEvidence,
} from './commands/eventCommands';
import type { CommandContext, RecordReader } from './commands/plan';
import { planReview } from './commands/reviewCommands';
import { planRemoveSource, planUpdateSource, type SourceChanges } from './commands/sourceCommands';
import { planRevertStory, planSaveStory } from './commands/storyCommands';
import { composeDatasets, workspaceDatasetOf, type WorkspaceSnapshot } from './compose';
import { planAddSource, sourceRecords, type AddedSource, type NewSourceInput } from './commands/importCommands';
import { DEFAULT_WORKSPACE_NAME, openWorkspaceDB, type WorkspaceDB } from './db';
import type { EventChanges, ReviewAction } from './review';
import { readProfileName } from './profile';
import { inTransaction, readHistoryState, runPlanned, stepHistory } from './transaction';
import type { StoredEvent, StoredSource, WorkspaceChange, WriteResult } from './types';

export type { AddedSource, NewSourceInput };

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
  /** The analyst's profile name, recorded as reviewer, editor and in the history; read at each write. */
  readonly reviewer?: string | (() => string | undefined);
  /** Told every command applied here (undo and redo included): how a team server's sync client hears of them. */
  readonly onCommand?: (command: Command) => void;
}

export class WorkspaceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceUnavailableError';
  }
}

type Listener = (change: WorkspaceChange) => void;

export class Workspace {
  private db: IDBPDatabase<WorkspaceDB> | null;
  private readonly channel: BroadcastChannel | null;
  private readonly listeners = new Set<Listener>();

  private constructor(
    db: IDBPDatabase<WorkspaceDB>,
    readonly name: string,
    private readonly clock: () => string,
    private readonly reviewer: string | (() => string | undefined) | undefined,
    private readonly onCommand: ((command: Command) => void) | undefined,
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
    ws = new Workspace(db, name, options.clock ?? (() => new Date().toISOString()), options.reviewer, options.onCommand);
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

  private context(): CommandContext {
    const by = typeof this.reviewer === 'function' ? this.reviewer() : this.reviewer;
    return { now: this.clock(), ...(by ? { by } : {}) };
  }

  private announceCommand(command: Command): void {
    this.onCommand?.(command);
    this.announceTouched(command);
  }

  private announceTouched(command: Command, remote = false): void {
    const t = touched(command);
    if (remote) {
      this.emit({ sources: [...(t.sources ?? [])], events: [...(t.events ?? []), ...(t.overlays ?? []), ...(t.actors ?? []), ...(t.stories ?? [])], remote: true });
      return;
    }
    this.announce([...(t.sources ?? [])], [...(t.events ?? []), ...(t.overlays ?? []), ...(t.actors ?? []), ...(t.stories ?? [])]);
  }

  /**
   * Plans a command on the records as they are now, applies it and records it for undo,
   * all in one transaction. Every change to the analyst's work goes through here.
   */
  async run<T>(plan: (read: RecordReader, ctx: CommandContext) => Promise<{ command: Command; value: T }>): Promise<WriteResult<T>> {
    const ctx = this.context();
    const result = await inTransaction(await this.database(), (tx) => runPlanned(tx, (read) => plan(read, ctx), { at: ctx.now, ...(ctx.by ? { by: ctx.by } : {}) }));
    if (!result.ok) return result;
    this.announceCommand(result.value.command);
    return { ok: true, value: result.value.value };
  }

  private runCommand(plan: (read: RecordReader, ctx: CommandContext) => Promise<Command>): Promise<WriteResult<Command>> {
    return this.run(async (read, ctx) => {
      const command = await plan(read, ctx);
      return { command, value: command };
    });
  }

  /** Takes back the newest change made in this profile (any tab); refused, with a message, if a record it touches changed since. */
  async undo(): Promise<WriteResult<StepLabel | null>> {
    return this.step('undo');
  }

  async redo(): Promise<WriteResult<StepLabel | null>> {
    return this.step('redo');
  }

  private async step(direction: 'undo' | 'redo'): Promise<WriteResult<StepLabel | null>> {
    const result = await inTransaction(await this.database(), (tx) => stepHistory(tx, direction));
    if (!result.ok) return result;
    if (!result.value) return { ok: true, value: null };
    this.announceCommand(result.value.command);
    return { ok: true, value: stepLabel(result.value.entry) };
  }

  /**
   * Lays records as a team server has them over the local ones (another analyst's change,
   * or one's own with the revisions the server wrote). Not a command of this profile: it
   * is not in the local undo history, and it is not sent back.
   */
  async applyRemote(changes: readonly RecordChange[]): Promise<void> {
    if (!changes.length) return;
    const tx = (await this.database()).transaction(RECORD_STORES, 'readwrite');
    for (const c of changes) {
      if (c.after) await tx.objectStore(c.store).put(c.after as never);
      else await tx.objectStore(c.store).delete(c.id);
    }
    await tx.done;
    this.announceTouched({ label: '', changes }, true);
  }

  /** The labels of what Undo and Redo would do now. */
  async historyState(): Promise<HistoryState> {
    return readHistoryState(await this.database());
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
    const tx = (await this.database()).transaction(['sources', 'events', 'overlays', 'actors', 'stories'], 'readonly');
    const [sources, events, overlays, actors, stories] = await Promise.all([
      tx.objectStore('sources').getAll(),
      tx.objectStore('events').getAll(),
      tx.objectStore('overlays').getAll(),
      tx.objectStore('actors').getAll(),
      tx.objectStore('stories').getAll(),
    ]);
    await tx.done;
    return { sources, events, overlays, actors, stories };
  }

  /** The workspace alone, in the dataset format (accepted events only); it passes parseDataset. */
  async workspaceDataset(): Promise<DatasetInput> {
    return workspaceDatasetOf(await this.snapshot());
  }

  /** `base` (the built-in dataset, as a file) with the workspace laid over it. */
  async composeWith(base: DatasetInput, datasetKey: string): Promise<DatasetInput> {
    return composeDatasets(base, await this.snapshot(), datasetKey);
  }

  // ── writing ───────────────────────────────────────────────────────────────

  /**
   * Adds a source and its candidate events in one transaction. Refused as a whole —
   * nothing written — when the source or any candidate is invalid, when the same text
   * (or id) is already in the workspace, or when the database fails part-way.
   */
  async addSourceWithCandidates(input: NewSourceInput): Promise<WriteResult<AddedSource>> {
    return this.run(async (read, ctx) => {
      const added = sourceRecords(input, ctx.now);
      return { command: await planAddSource(read, added), value: added };
    });
  }

  /**
   * Brings a dataset file in with its ids kept: new events are added, events the view
   * already shows are updated (or imported as new, `options.conflicts`), and the file's
   * scenes can become the story. One command, one Undo. See datasetMergeCommands.ts.
   */
  async mergeDataset(dataset: Dataset, fileName: string, options: DatasetMergeOptions): Promise<WriteResult<DatasetMergeSummary>> {
    return this.run(async (read, ctx) => {
      const { command, summary } = await planMergeDataset(read, dataset, fileName, options, ctx);
      return { command, value: summary };
    });
  }

  /**
   * Accept, reject, edit, merge or reopen one candidate. `expectedRev` is the revision the
   * UI showed; if another tab changed the event since, nothing is written and the
   * result is a conflict carrying the current record. A merge into an event of the open
   * dataset is kept under that dataset's identity (`datasetKey`).
   */
  async reviewCandidate(id: string, action: ReviewAction, datasetKey = BUILTIN_DATASET_KEY): Promise<WriteResult<StoredEvent>> {
    return this.run(async (read, ctx) => {
      const { command, event } = await planReview(read, id, action, ctx, datasetKey);
      return { command, value: event };
    });
  }

  /** Removes a source, its events, and its excerpts merged into other events; undone as one step. */
  async removeSource(id: string, expectedRev: number): Promise<WriteResult<null>> {
    const result = await this.runCommand(async (read, ctx) => (await planRemoveSource(read, id, expectedRev, ctx)).command);
    return result.ok ? { ok: true, value: null } : result;
  }

  /** What removing a source would take with it (for the confirmation), without removing it. */
  async previewSourceRemoval(id: string): Promise<{ events: number; excerpts: number; rev: number } | null> {
    const db = await this.database();
    const tx = db.transaction(['sources', 'events', 'overlays', 'actors', 'stories'], 'readonly');
    const read: RecordReader = {
      get: async (store, key) => ((await tx.objectStore(store).get(key)) ?? null) as never,
      all: async (store) => (await tx.objectStore(store).getAll()) as never,
    };
    const source = await read.get('sources', id);
    if (!source) return null;
    const { events, excerpts } = await planRemoveSource(read, id, source.rev, this.context());
    return { events, excerpts, rev: source.rev };
  }

  updateSource(id: string, expectedRev: number, changes: SourceChanges) {
    return this.runCommand((read, ctx) => planUpdateSource(read, id, expectedRev, changes, ctx));
  }

  editEvent(target: EventTarget, changes: EventChanges) {
    return this.runCommand((read, ctx) => planEditEvent(read, target, changes, ctx));
  }

  deleteEvent(target: EventTarget) {
    return this.runCommand((read, ctx) => planDeleteEvent(read, target, ctx));
  }

  revertEvent(target: EventTarget & { owner: 'dataset' }) {
    return this.runCommand((read, ctx) => planRevertEvent(read, target, ctx));
  }

  addEvidence(target: EventTarget, evidence: readonly NewEvidence[]) {
    return this.runCommand((read, ctx) => planAddEvidence(read, target, evidence, ctx));
  }

  removeEvidence(target: EventTarget, evidence: EventRecord['evidence'][number]) {
    return this.runCommand((read, ctx) => planRemoveEvidence(read, target, evidence, ctx));
  }

  /** Date an event as one of the dates its sources imply; the others stay noted on their excerpts. */
  chooseDate(target: EventTarget, when: string) {
    return this.runCommand((read, ctx) => planChooseDate(read, target, when, ctx));
  }

  /** A new event made by hand from excerpts (selections in sources). */
  createEvent(record: EventRecord, evidence: readonly NewEvidence[]) {
    return this.runCommand((read, ctx) => planCreateEvent(read, record, evidence, ctx));
  }

  createActor(actor: Omit<ActorRecord, 'id'> & { id?: string }) {
    return this.run(async (read, ctx) => {
      const planned = await planCreateActor(read, actor, ctx);
      return { command: planned.command, value: planned.actor };
    });
  }

  updateActor(known: ActorRecord, expectedRev: number, changes: Pick<ActorRecord, 'name' | 'aliases'>) {
    return this.runCommand((read, ctx) => planUpdateActor(read, known, expectedRev, changes, ctx));
  }

  mergeActors(from: ActorRecord, into: ActorRecord, datasetEvents: readonly (EventTarget & { owner: 'dataset' })[]) {
    return this.runCommand((read, ctx) => planMergeActors(read, from, into, datasetEvents, ctx));
  }

  saveStory(datasetKey: string, expectedRev: number, scenes: readonly SceneRecord[], label: LabelKey) {
    return this.runCommand((read, ctx) => planSaveStory(read, datasetKey, expectedRev, scenes, label, ctx));
  }

  revertStory(datasetKey: string, expectedRev: number) {
    return this.runCommand((read) => planRevertStory(read, datasetKey, expectedRev));
  }

  // ── reading single records for forms (the revision a form is opened on) ──

  async getOverlay(id: string) {
    return (await (await this.database()).get('overlays', id)) ?? null;
  }

  async getActor(id: string) {
    return (await (await this.database()).get('actors', id)) ?? null;
  }

  async getStory(datasetKey: string) {
    return (await (await this.database()).get('stories', datasetKey)) ?? null;
  }
}

/** The built-in dataset's identity for overlays and stories. */
export const BUILTIN_DATASET_KEY = 'builtin';

/** Opens (and if needed creates) the workspace. Rejects with WorkspaceUnavailableError when IndexedDB cannot be used. */
export function openWorkspace(options: OpenWorkspaceOptions = {}): Promise<Workspace> {
  return Workspace.open(options);
}

let shared: Promise<Workspace> | null = null;

/** The app's one workspace handle, opened on first use. */
export function defaultWorkspace(): Promise<Workspace> {
  shared ??= openWorkspace({ reviewer: readProfileName }).catch((e: unknown) => {
    shared = null;
    throw e;
  });
  return shared;
}
