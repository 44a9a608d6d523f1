import type { TimelineEvent } from '../../domain/dataset';
import type { EventRecord } from '../../domain/schema';
import type { EventChanges } from '../../workspace';

/** What the edit form holds; text fields are compared trimmed. */
export interface EditedFields {
  readonly title: string;
  readonly when: string;
  readonly kind: EventRecord['kind'];
  readonly actors: readonly string[];
  readonly tags: readonly string[];
  readonly relations: EventRecord['relations'];
  readonly description: string;
  readonly note: string;
}

const sameList = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string) => a.length === b.length && a.every((x, i) => key(x) === key(b[i]!));

/** Only the fields the analyst changed, so that an edit names what it did and an overlay keeps the rest. */
export function changedFields(event: TimelineEvent, form: EditedFields): EventChanges {
  const text = (s: string) => s.trim();
  return {
    ...(text(form.title) !== event.title ? { title: text(form.title) } : {}),
    ...(text(form.when) !== event.edtf ? { when: text(form.when) } : {}),
    ...(form.kind !== event.kind ? { kind: form.kind } : {}),
    ...(!sameList(form.actors, event.actors, String) ? { actors: [...form.actors] } : {}),
    ...(!sameList(form.tags, event.tags, String) ? { tags: [...form.tags] } : {}),
    ...(!sameList(form.relations, event.relations, (r) => `${r.type} ${r.target}`) ? { relations: [...form.relations] } : {}),
    ...(text(form.description) !== (event.description ?? '') ? { description: text(form.description) } : {}),
    ...(text(form.note) !== (event.note ?? '') ? { note: text(form.note) } : {}),
  };
}
