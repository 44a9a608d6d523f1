import { useId, useState } from 'react';
import type { DatasetIndex, TimelineEvent } from '../../domain/dataset';
import type { EventKind } from '../../domain/schema';
import type { EventChanges } from '../../workspace';
import { ActorsField } from '../eventFields/ActorsField';
import { EdtfField, isValidEdtf } from '../eventFields/EdtfField';
import { KindField } from '../eventFields/KindField';
import { RelationsField } from '../eventFields/RelationsField';
import { TagsField } from '../eventFields/TagsField';
import { changedFields } from './changedFields';
import { ConflictVersions } from '../history/ConflictVersions';
import { versionRows, type ComparableEvent } from '../../workspace/conflicts/eventVersions';
import { useTranslation } from 'react-i18next';
import { versionWordsIn } from '../../i18n/versionWords';
import { currentLanguage, dateLocale } from '../../i18n/i18n';

/**
 * Everything an analyst edits on one event: title, date, kind, actors, tags, related
 * events, description and their own note. Only the fields that changed are saved, so
 * the edit names what it did and an overlay keeps the rest of the dataset's event.
 */
/** A save refused because the event changed meanwhile, with the version saved then. */
export interface EventConflict {
  readonly message: string;
  readonly theirs: ComparableEvent | null;
}

export function EventEditForm(props: {
  event: TimelineEvent;
  index: DatasetIndex;
  onSave: (changes: EventChanges) => Promise<boolean>;
  onCancel: () => void;
  error: string | null;
  conflict: EventConflict | null;
}) {
  const { event } = props;
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(event.title);
  const [when, setWhen] = useState(event.edtf);
  const [kind, setKind] = useState<EventKind>(event.kind);
  const [actors, setActors] = useState<readonly string[]>(event.actors);
  const [tags, setTags] = useState<readonly string[]>(event.tags);
  const [relations, setRelations] = useState(event.relations);
  const [description, setDescription] = useState(event.description ?? '');
  const [note, setNote] = useState(event.note ?? '');
  const [saving, setSaving] = useState(false);
  const valid = isValidEdtf(when) && title.trim() !== '';

  return (
    <form
      className="event-edit"
      aria-label={t('editForm.label', { title: event.title })}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid || saving) return;
        setSaving(true);
        const changes = changedFields(event, { title, when, kind, actors, tags, relations, description, note });
        if (Object.keys(changes).length === 0) props.onCancel();
        else await props.onSave(changes);
        setSaving(false);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('fields.title')}</label>
        <input id={`${id}-title`} value={title} autoFocus aria-invalid={title.trim() === ''} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <EdtfField value={when} onChange={setWhen} />
      <KindField value={kind} onChange={setKind} />
      <ActorsField value={actors} onChange={setActors} known={props.index.dataset.actors} />
      <TagsField value={tags} onChange={setTags} />
      <RelationsField eventId={event.id} value={relations} onChange={setRelations} events={props.index.dataset.events} />
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('fields.description')}</label>
        <textarea id={`${id}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('fields.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {props.conflict && (
        <ConflictVersions
          message={props.conflict.message}
          rows={versionRows({ title: title.trim(), when: when.trim(), kind, actors, tags, description: description.trim() || undefined, note: note.trim() || undefined }, props.conflict.theirs, versionWordsIn(t, dateLocale(currentLanguage())))}
        />
      )}
      {props.error && (
        <p role="alert" className="details__error">
          {props.error}
        </p>
      )}
      <div className="event-edit__buttons">
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button--primary" disabled={!valid || saving}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
