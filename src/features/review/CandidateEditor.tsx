import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { versionWordsIn } from '../../i18n/versionWords';
import { currentLanguage, dateLocale } from '../../i18n/i18n';
import type { EventKind } from '../../domain/schema';
import type { LoadedDataset } from '../../queries/datasetQuery';
import type { EventChanges, StoredEvent } from '../../workspace';
import { ActorsField } from '../eventFields/ActorsField';
import { EdtfField, isValidEdtf } from '../eventFields/EdtfField';
import { KindField } from '../eventFields/KindField';
import type { EventConflict } from '../events/EventEditForm';
import { ConflictVersions } from '../history/ConflictVersions';
import { versionRows } from '../../workspace/conflicts/eventVersions';

/**
 * One candidate's date, title, kind and actors, corrected and accepted in one step.
 * The date is EDTF, checked as it is typed and read back in words with its precision
 * ("12 Aug 2025 — known to the day"), so a slip shows before it is saved.
 */
export function CandidateEditor(props: {
  candidate: StoredEvent;
  loaded: LoadedDataset;
  onCancel: () => void;
  onSave: (changes: EventChanges) => Promise<boolean>;
  error: string | null;
  conflict: EventConflict | null;
}) {
  const { candidate, loaded } = props;
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(candidate.record.title);
  const [when, setWhen] = useState(candidate.record.when);
  const [kind, setKind] = useState<EventKind>(candidate.record.kind);
  const [actors, setActors] = useState<readonly string[]>(candidate.record.actors);
  const [saving, setSaving] = useState(false);
  const titleError = title.trim() ? null : t('review.enterTitle');
  const valid = isValidEdtf(when) && !titleError;

  return (
    <form
      className="review-edit"
      aria-label={`Edit “${candidate.record.title}”`}
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
        await props.onSave({ title, when, kind, actors });
        setSaving(false);
      }}
    >
      <EdtfField value={when} onChange={setWhen} autoFocus />
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('fields.title')}</label>
        <input id={`${id}-title`} type="text" value={title} aria-invalid={!!titleError} onChange={(e) => setTitle(e.target.value)} />
        {titleError && <span className="field__error">{titleError}</span>}
      </div>
      <KindField value={kind} onChange={setKind} />
      <ActorsField value={actors} onChange={setActors} known={loaded.index.dataset.actors} />
      {props.conflict && (
        <ConflictVersions message={props.conflict.message} rows={versionRows({ ...candidate.record, title: title.trim(), when: when.trim(), kind, actors, status: 'accepted' }, props.conflict.theirs, versionWordsIn(t, dateLocale(currentLanguage())))} />
      )}
      {props.error && (
        <p role="alert" className="review__message review__message--error">
          {props.error}
        </p>
      )}
      <div className="review__actions">
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button--primary" disabled={!valid || saving}>
          {t('review.saveAccept')}
        </button>
      </div>
    </form>
  );
}
