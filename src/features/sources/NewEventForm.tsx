import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Source } from '../../domain/dataset';
import type { EventKind, EventRecord } from '../../domain/schema';
import { ActorsField } from '../eventFields/ActorsField';
import { EdtfField, isValidEdtf } from '../eventFields/EdtfField';
import { KindField } from '../eventFields/KindField';
import { TagsField } from '../eventFields/TagsField';
import type { TextSelection } from './SelectionActions';

/**
 * A new event from words selected in the source: the extractor proposes a date (run on
 * the selection against the source's publication time), a title, kind and actors; the
 * analyst corrects them — the date as EDTF, read back in words with its precision.
 */
export function NewEventForm(props: {
  source: Source;
  selection: TextSelection;
  /** The view's actors, to choose from. */
  actors: readonly Actor[];
  onCancel: () => void;
  onCreate: (record: Omit<EventRecord, 'id'>) => Promise<string | null>;
}) {
  const { source, selection } = props;
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [kind, setKind] = useState<EventKind>('occurrence');
  const [actors, setActors] = useState<readonly string[]>([]);
  const [tags, setTags] = useState<readonly string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(true);

  useEffect(() => {
    let live = true;
    // The extractor (chrono-node) loads on first use, outside the main bundle.
    void import('../../extract/proposeFromSelection').then(({ proposeFromSelection }) => {
      if (!live) return;
      const p = proposeFromSelection(selection.quote, { ...(source.published ? { published: source.published } : {}), language: source.language });
      setTitle((t) => t || p.title);
      setWhen((w) => w || p.when);
      setKind(p.kind);
      setActors(p.actors);
      setProposing(false);
    });
    return () => {
      live = false;
    };
  }, [selection.quote, source.published, source.language]);

  const valid = isValidEdtf(when) && title.trim() !== '';
  return (
    <form
      className="new-event"
      aria-label={t('reader.newEventForm')}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        const failure = await props.onCreate({
          title: title.trim(), when: when.trim(), kind, actors: [...actors], tags: [...tags], evidence: [], relations: [],
          review: { status: 'accepted' }, ...(note.trim() ? { note: note.trim() } : {}),
        });
        setError(failure);
      }}
    >
      <blockquote className="new-event__quote" lang={source.language} dir="auto">
        {selection.quote}
      </blockquote>
      <EdtfField value={when} onChange={setWhen} autoFocus pending={proposing} emptyMessage={t('reader.noDateInWords')} />
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('fields.title')}</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <KindField value={kind} onChange={setKind} />
      <ActorsField value={actors} onChange={setActors} known={props.actors} />
      <TagsField value={tags} onChange={setTags} />
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('fields.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p role="alert" className="new-event__error">
          {error}
        </p>
      )}
      <div className="new-event__buttons">
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button--primary" disabled={!valid}>
          {t('reader.createEvent')}
        </button>
      </div>
    </form>
  );
}
