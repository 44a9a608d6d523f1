import { useQuery } from '@tanstack/react-query';
import { failureText } from '../../i18n/phrases';
import { useLocale } from '../../i18n/useLocale';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatWhen } from '../../domain/formatWhen';
import { RULE_IDS, ruleInWords } from '../../domain/ruleWords';
import { parseEdtf } from '../../domain/when';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { datasetKeyFor, workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { defaultWorkspace, type ReviewAction, type StoredEvent } from '../../workspace';
import { theirVersion } from '../../workspace/conflicts/eventVersions';
import type { EventConflict } from '../events/EventEditForm';
import { CandidateEditor } from './CandidateEditor';
import { MergeChooser } from './MergeChooser';
import { REVIEW_KEYS, nextUndecided, reviewCommandFor, stepIndex } from './reviewKeys';
import './review.css';

type Mode = 'list' | 'edit' | 'merge';

/**
 * The candidates an import proposed, in text order, each decided in a keystroke while
 * the list has focus: a accept, e edit, m merge, r reject, u undo. The reader shows the
 * source with the candidates' excerpts underlined; the selected one is outlined there.
 */
export function ReviewPanel({ loaded }: { loaded: LoadedDataset }) {
  const sourceId = useAppStore((s) => s.reviewSourceId);
  const reviewSource = useAppStore((s) => s.reviewSource);
  const { t } = useLocale();
  const sources = useQuery(workspaceQueries.sources());
  const pickId = useId();

  // Nothing chosen yet (the Review tab was opened by hand): the latest import.
  const latest = sources.data?.[0]?.id ?? null;
  useEffect(() => {
    if (!sourceId && latest) reviewSource(latest);
  }, [sourceId, latest, reviewSource]);

  if (sources.isError) return <p className="review__empty">{t('review.unreadable', { message: sources.error.message })}</p>;
  if (!sources.data) return <p className="review__empty">{t('review.loading')}</p>;
  if (sources.data.length === 0 || !sourceId) {
    return <p className="review__empty">{t('review.nothing')}</p>;
  }
  return (
    <div className="review">
      {sources.data.length > 1 && (
        <div className="review__pick">
          <label htmlFor={pickId}>{t('review.source')}</label>
          <select id={pickId} value={sourceId} onChange={(e) => reviewSource(e.target.value)}>
            {sources.data.map((s) => (
              <option key={s.id} value={s.id}>
                {s.source.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <CandidateReview key={sourceId} sourceId={sourceId} loaded={loaded} />
    </div>
  );
}

function CandidateReview({ sourceId, loaded }: { sourceId: string; loaded: LoadedDataset }) {
  const { t } = useLocale();
  const candidates = useQuery(workspaceQueries.events(sourceId));
  const selectedId = useAppStore((s) => s.selectedCandidateId);
  const selectCandidate = useAppStore((s) => s.selectCandidate);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const [mode, setMode] = useState<Mode>('list');
  const [message, setMessage] = useState<{ tone: 'error' | 'status'; text: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const idPrefix = useId();
  const list = candidates.data ?? [];
  const index = list.findIndex((c) => c.id === selectedId);
  const selected = index >= 0 ? list[index]! : undefined;

  // Select the first candidate still to review when nothing is selected; and take focus on
  // first show, so the keys work at once after an import.
  useEffect(() => {
    if (!selected && list.length > 0) select(list[nextUndecided(list, -1)] ?? list[0]!);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, list.length]);
  useEffect(() => {
    listRef.current?.focus({ preventScroll: true });
  }, [candidates.isSuccess]);

  // Keep the selected row in view.
  useEffect(() => {
    if (!selected) return;
    document.getElementById(`${idPrefix}-${selected.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, idPrefix]);

  function select(c: StoredEvent) {
    selectCandidate(c.id);
    // An accepted candidate is an event of the view: the details and the reader follow it.
    selectEvent(c.state === 'accepted' ? c.id : null);
  }

  // Focus goes back to the list after every decision (also one made with a button), once
  // the list is rendered again, so that a/e/m/r keep working without a click.
  const [refocus, setRefocus] = useState(0);
  const [openedRev, setOpenedRev] = useState<number | null>(null);
  useEffect(() => {
    if (refocus > 0 && mode === 'list') listRef.current?.focus({ preventScroll: true });
  }, [refocus, mode]);
  const [conflict, setConflict] = useState<EventConflict | null>(null);
  const backToList = () => {
    setConflict(null);
    setMode('list');
    setRefocus((n) => n + 1);
  };

  const decide = async (c: StoredEvent, action: ReviewAction, done: string) => {
    setMessage(null);
    const ws = await defaultWorkspace();
    const result = await ws.reviewCandidate(c.id, action, datasetKeyFor(loaded.url));
    if (!result.ok) {
      if (result.reason === 'conflict' && action.action === 'edit' && result.current) {
        // Both versions in the editor; saving again (having seen them) writes over the other.
        setConflict({ message: failureText(result), theirs: theirVersion(result.current, c.record) });
        setOpenedRev(result.current.rev);
      } else setMessage({ tone: 'error', text: failureText(result) });
      return false;
    }
    setMessage({ tone: 'status', text: `${done}: ${result.value.record.title}` });
    setRefocus((n) => n + 1);
    const at = list.findIndex((x) => x.id === c.id);
    const updated = list.map((x) => (x.id === c.id ? result.value : x));
    const next = updated[nextUndecided(updated, at)]!;
    if (action.action === 'accept' || action.action === 'edit') selectEvent(result.value.id);
    if (next.id !== c.id) select(next);
    else if (action.action !== 'accept' && action.action !== 'edit') selectEvent(null);
    return true;
  };

  const run = (command: ReturnType<typeof reviewCommandFor>) => {
    if (!command) return;
    if (command === 'next' || command === 'previous' || command === 'first' || command === 'last') {
      const i = stepIndex(command, index, list.length);
      if (i >= 0) select(list[i]!);
      return;
    }
    if (!selected) return;
    const expectedRev = selected.rev;
    switch (command) {
      case 'accept':
        if (selected.state !== 'merged') void decide(selected, { action: 'accept', expectedRev }, t('review.doneAccepted'));
        break;
      case 'reject':
        if (selected.state !== 'merged') void decide(selected, { action: 'reject', expectedRev }, t('review.doneRejected'));
        break;
      case 'reopen':
        if (selected.state === 'accepted' || selected.state === 'rejected') void decide(selected, { action: 'reopen', expectedRev }, t('review.doneReopened'));
        break;
      case 'edit':
        if (selected.state !== 'merged') {
          // The revision the form opens on, not whatever the list re-reads while it is open:
          // a decision made meanwhile in another tab is then a conflict, never overwritten.
          setOpenedRev(selected.rev);
          setMode('edit');
        }
        break;
      case 'merge':
        if (selected.state !== 'merged') setMode('merge');
        break;
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const command = reviewCommandFor(e.nativeEvent);
    if (!command) return;
    e.preventDefault();
    e.stopPropagation();
    run(command);
  };

  if (candidates.isError) return <p className="review__empty">The candidates could not be read: {candidates.error.message}</p>;
  if (!candidates.data) return <p className="review__empty">{t('review.loadingCandidates')}</p>;

  const open = list.filter((c) => c.state === 'unreviewed').length;
  if (mode === 'edit' && selected) {
    return (
      <CandidateEditor
        candidate={selected}
        loaded={loaded}
        onCancel={backToList}
        onSave={async (changes) => {
          const ok = await decide(selected, { action: 'edit', expectedRev: openedRev ?? selected.rev, changes }, t('review.doneEdited'));
          if (ok) backToList();
          return ok;
        }}
        error={message?.tone === 'error' ? message.text : null}
        conflict={conflict}
      />
    );
  }
  if (mode === 'merge' && selected) {
    return (
      <MergeChooser
        candidate={selected}
        loaded={loaded}
        onCancel={backToList}
        onChoose={async (targetId, title) => {
          const ok = await decide(selected, { action: 'merge', expectedRev: selected.rev, targetEventId: targetId }, t('review.doneMerged', { title }));
          if (ok) backToList();
        }}
        error={message?.tone === 'error' ? message.text : null}
      />
    );
  }

  return (
    <>
      <p className="review__count" id={`${idPrefix}-count`}>
        {list.length === 0 ? t('review.none') : t('review.progress', { done: list.length - open, count: list.length })}
        {open > 0 && <span className="review__open"> · {t('review.open', { count: open })}</span>}
      </p>
      {list.length > 0 && (
        <ul
          ref={listRef}
          className="review__list"
          role="listbox"
          aria-label={t('review.candidates')}
          aria-describedby={`${idPrefix}-count ${idPrefix}-keys`}
          aria-activedescendant={selected ? `${idPrefix}-${selected.id}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          {list.map((c) => (
            <CandidateOption key={c.id} id={`${idPrefix}-${c.id}`} candidate={c} selected={c.id === selected?.id} onSelect={() => select(c)} />
          ))}
        </ul>
      )}
      {message && (
        <p className={`review__message review__message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="review__actions" role="group" aria-label={t('review.decide')}>
        <button type="button" className="review__accept" disabled={!selected || selected.state === 'merged'} onClick={() => run('accept')} aria-keyshortcuts="a">
          {t('reviewKeys.accept')} <kbd>a</kbd>
        </button>
        <button type="button" disabled={!selected || selected.state === 'merged'} onClick={() => run('edit')} aria-keyshortcuts="e">
          {t('details.edit')} <kbd>e</kbd>
        </button>
        <button type="button" disabled={!selected || selected.state === 'merged'} onClick={() => run('merge')} aria-keyshortcuts="m">
          {t('review.merge')} <kbd>m</kbd>
        </button>
        <button type="button" disabled={!selected || selected.state === 'merged'} onClick={() => run('reject')} aria-keyshortcuts="r">
          {t('reviewKeys.reject')} <kbd>r</kbd>
        </button>
      </div>
      <p className="visually-hidden" id={`${idPrefix}-keys`}>
        {REVIEW_KEYS.filter((k) => k.key.length === 1).map((k) => `${k.label}: ${t(k.descriptionKey)}`).join('; ')}
      </p>
    </>
  );
}

function CandidateOption(props: { id: string; candidate: StoredEvent; selected: boolean; onSelect: () => void }) {
  const { candidate: c } = props;
  const { t, locale } = useLocale();
  const when = parseEdtf(c.record.when);
  const whenText = when.ok ? formatWhen(when.value, locale) : c.record.when;
  const edited = c.proposed !== null && (c.proposed.when !== c.record.when || c.proposed.title !== c.record.title);
  return (
    // Activation is by keyboard on the listbox (aria-activedescendant); the click is the pointer's way in.
    <li
      id={props.id}
      role="option"
      aria-selected={props.selected}
      className={`candidate candidate--${c.state}${props.selected ? ' candidate--selected' : ''}`}
      onClick={props.onSelect}
    >
      <span className="candidate__line">
        <span className="candidate__when">{whenText}</span>
        <span className={`candidate__state candidate__state--${c.state}`}>{t(`candidateState.${c.state}`)}</span>
      </span>
      <span className="candidate__title">{c.record.title}</span>
      <span className="candidate__meta">
        {t(`kind.${c.record.kind}`)}
        {c.record.provenance?.rule && ` · ${ruleInWords(c.record.provenance.rule, (id) => (RULE_IDS.includes(id) ? t(`rule.${id}`) : undefined), t('rule.then'))}`}
        {edited && ` · ${t('review.edited')}`}
      </span>
    </li>
  );
}
