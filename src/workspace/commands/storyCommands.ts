import { labelled, type LabelKey } from './labels';
import type { SceneRecord } from '../../domain/schema';
import { create, remove, update, type Command } from './command';
import { refuseConflict, type CommandContext, type RecordReader } from './plan';

/** A dataset's story as the analyst edits it: one record per dataset, every edit a command. */

export async function planSaveStory(
  read: RecordReader, datasetKey: string, expectedRev: number, scenes: readonly SceneRecord[], label: LabelKey, ctx: CommandContext,
): Promise<Command> {
  const before = await read.get('stories', datasetKey);
  if ((before?.rev ?? 0) !== expectedRev) refuseConflict(datasetKey, expectedRev, before, 'The story');
  const after = { id: datasetKey, scenes: [...scenes], updatedAt: ctx.now };
  return { ...labelled(label.key, label.params), changes: [before ? update('stories', before, after) : create('stories', after)] };
}

/** Back to the dataset's own scenes. */
export async function planRevertStory(read: RecordReader, datasetKey: string, expectedRev: number): Promise<Command> {
  const before = await read.get('stories', datasetKey);
  if (!before || before.rev !== expectedRev) refuseConflict(datasetKey, expectedRev, before, 'The story');
  return { ...labelled('revertStoryToDataset'), changes: [remove('stories', before)] };
}

export type { CommandContext };
