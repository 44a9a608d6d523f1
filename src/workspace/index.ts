/**
 * The analyst's workspace: imported sources and reviewed events kept in IndexedDB,
 * layered over the built-in dataset. See docs/import-and-workspace.md.
 */
export { openWorkspace, defaultWorkspace, Workspace, WorkspaceUnavailableError, WORKSPACE_CHANNEL, BUILTIN_DATASET_KEY } from './workspace';
export { defaultWorkspaceWithin, withinWorkspaceTimeout, WORKSPACE_TIMEOUT_MS } from './openWithin';
export type { EventTarget, NewEvidence } from './commands/eventCommands';
export type { SourceChanges } from './commands/sourceCommands';
export type { OpenWorkspaceOptions, NewSourceInput, AddedSource } from './workspace';
export type { ReviewAction, EventChanges } from './review';
export { applyReview, validateEvent } from './review';
export { composeDatasets, workspaceDatasetOf, datasetToInput } from './compose';
export type { WorkspaceSnapshot } from './compose';
export { sourceIdFor, eventIdFor } from './ids';
export type {
  StoredSource, StoredEvent, StoredOverlay, StoredActor, StoredStory, EventState, ImportOrigin, WriteResult, WriteFailure, WorkspaceChange,
} from './types';
