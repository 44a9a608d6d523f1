import type { Command, RecordChange } from './command';
import { labelled, short } from './labels';
import { planAddEvidence, type EventTarget, type NewEvidence } from './eventCommands';
import { refuse, writeCode, type CommandContext, type RecordReader } from './plan';

/**
 * Excerpts read from W3C Web Annotations, added to the events they name as ONE command
 * (one Undo), each through the same planner as *Add as evidence* — the same span checks
 * against the source's text and the same revision check on the event or its overlay.
 */
export interface AnnotationImport {
  readonly fileName: string;
  /** One entry per event, with every excerpt for it. */
  readonly items: readonly { readonly target: EventTarget; readonly evidence: readonly NewEvidence[] }[];
}

export async function planAnnotationImport(read: RecordReader, input: AnnotationImport, ctx: CommandContext): Promise<{ command: Command; value: number }> {
  const changes: RecordChange[] = [];
  let excerpts = 0;
  for (const item of input.items) {
    if (item.evidence.length === 0) continue;
    changes.push(...(await planAddEvidence(read, item.target, item.evidence, ctx)).changes);
    excerpts += item.evidence.length;
  }
  if (changes.length === 0) refuse('invalid', 'Nothing to import: no annotation could be anchored on an event of this chronology.', undefined, writeCode('noAnnotations'));
  return { command: { ...labelled('importExcerpts', { count: excerpts, name: short(input.fileName) }), changes }, value: excerpts };
}
