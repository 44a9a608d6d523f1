import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useLocale } from '../../i18n/useLocale';
import type { DatasetIndex, Source } from '../../domain/dataset';
import { useQuery } from '@tanstack/react-query';
import { DATE_PHRASE, alignSpansToCodePoints, eventsOfSegment, segmentSpans, spansForSource, type HighlightSpan } from '../../domain/highlights';
import { countEvidenceInSource, formatPublished, languageName, safeExternalUrl } from '../../domain/sourceMeta';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { ExcerptChooser, type ChooserAnchor, type ChooserItem } from './ExcerptChooser';
import { HighlightedText } from './HighlightedText';
import { SelectionActions } from './SelectionActions';
import { selectionKey, sourceOfSelection, sourceToShow, type PickedSource } from './readerSource';
import { scrollIntoViewWithin } from './scrollWithin';
import './reader.css';

/**
 * The source reader: the metadata and full text of one source, with every excerpt that
 * supports an event highlighted. It shows the source of the selected excerpt and brings
 * that excerpt into view; clicking an excerpt selects its event.
 */
export function SourceReader({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useLocale();
  const { index } = loaded;
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectedEvidence = useAppStore((s) => s.selectedEvidence);
  const [picked, setPicked] = useState<PickedSource | null>(null);
  // While reviewing an import, its source stays in view unless an event elsewhere is selected.
  const reviewingId = useAppStore((s) => (s.explorePane === 'review' ? s.reviewSourceId : null));
  const reviewing = reviewingId === null ? undefined : index.sourceById.get(reviewingId);
  const followReview = reviewing && (selectedEventId === null || sourceOfSelection(index, selectedEventId, selectedEvidence)?.id === reviewing.id);

  const source = followReview ? reviewing : sourceToShow(index, selectedEventId, selectedEvidence, picked);
  if (!source) return <p className="reader-empty">{t('reader.noSources')}</p>;

  const key = selectionKey(selectedEventId, selectedEvidence);
  const selectionSource = sourceOfSelection(index, selectedEventId, selectedEvidence);
  const selectedEvent = selectedEventId === null ? undefined : index.eventById.get(selectedEventId);

  return (
    <div className="reader">
      <SourceHeader
        index={index}
        source={source}
        events={loaded.index.dataset.events}
        onPick={(sourceId) => setPicked({ sourceId, selectionKey: key })}
      />
      {selectedEvent && !selectionSource && (
        <p className="reader__note">{t('reader.noExcerpt', { title: selectedEvent.title })}</p>
      )}
      {selectionSource && selectionSource.id !== source.id && (
        <p className="reader__note">
          {t('reader.excerptElsewhere', { title: selectionSource.title })}{' '}
          <button type="button" className="reader__note-action" onClick={() => setPicked(null)}>
            {t('reader.showIt')}
          </button>
        </p>
      )}
      <SourceText key={source.id} index={index} source={source} selectedEventId={selectedEventId} selectedEvidence={selectedEvidence} />
    </div>
  );
}

function SourceHeader(props: {
  index: DatasetIndex;
  source: Source;
  events: LoadedDataset['index']['dataset']['events'];
  onPick: (sourceId: string) => void;
}) {
  const { index, source, events } = props;
  const sources = index.dataset.sources;
  const { t, language, locale } = useLocale();
  const selectId = useId();
  const counts = useMemo(() => countEvidenceInSource(events, source.id), [events, source.id]);
  const published = formatPublished(source, locale);
  const url = safeExternalUrl(source.url);

  return (
    <header className="reader__head">
      {sources.length > 1 && (
        <div className="reader__pick">
          <label htmlFor={selectId}>{t('reader.source')}</label>
          <select id={selectId} value={source.id} onChange={(e) => props.onPick(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <h2 className="reader__title" lang={source.language} title={source.title}>
        {source.title}
      </h2>
      <div className="reader__meta-wrap">
      <dl className="reader__meta">
        {source.publisher && (
          <div>
            <dt className="visually-hidden">{t('reader.publisher')}</dt>
            <dd>{source.publisher}</dd>
          </div>
        )}
        {source.byline && (
          <div>
            <dt>{t('reader.by')}</dt>
            <dd>{source.byline}</dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t('reader.language')}</dt>
          <dd>{languageName(source.language, language)}</dd>
        </div>
        {published && (
          <div>
            <dt>{t('reader.published')}</dt>
            <dd>
              <time dateTime={source.published}>{published}</time>
              {source.publishedZone && <span className="reader__zone"> ({source.publishedZone.replace(/_/g, ' ')})</span>}
            </dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t('reader.highlighted')}</dt>
          <dd>
            {counts.excerpts === 0
              ? t('reader.noExcerpts')
              : counts.events === counts.excerpts
                ? t('reader.excerpts', { count: counts.excerpts })
                : t('reader.excerptsFrom', { excerpts: t('reader.excerpts', { count: counts.excerpts }), count: counts.events })}
          </dd>
        </div>
        {url && (
          <div>
            <dt className="visually-hidden">{t('reader.address')}</dt>
            <dd>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {t('reader.original')}<span aria-hidden="true"> ↗</span>
                <span className="visually-hidden"> {t('reader.newTab')}</span>
              </a>
            </dd>
          </div>
        )}
      </dl>
      </div>
    </header>
  );
}

interface OpenChooser {
  readonly items: readonly ChooserItem[];
  readonly anchor: ChooserAnchor;
  readonly mark: HTMLElement;
}

function SourceText(props: { index: DatasetIndex; source: Source; selectedEventId: string | null; selectedEvidence: number }) {
  const { index, source, selectedEventId, selectedEvidence } = props;
  const { t } = useLocale();
  const events = index.dataset.events;
  const selectEvent = useAppStore((s) => s.selectEvent);
  const hoverEvent = useAppStore((s) => s.hoverEvent);
  const articleRef = useRef<HTMLElement>(null);
  const [chooser, setChooser] = useState<OpenChooser | null>(null);
  const selectedCandidateId = useAppStore((s) => s.selectedCandidateId);
  const candidates = useUnreviewedCandidates(source.id, selectedCandidateId);

  const segments = useMemo(
    () =>
      segmentSpans(
        source.text.length,
        alignSpansToCodePoints(source.text, [...spansForSource(events, source.id), ...candidates.spans]),
      ),
    [events, source, candidates],
  );

  // The candidate selected in the review pane is brought into view too.
  useLayoutEffect(() => {
    const article = articleRef.current;
    const mark = selectedCandidateId ? article?.querySelector<HTMLElement>('mark[data-candidate-current="true"]') : null;
    if (article && mark) scrollIntoViewWithin(article, mark, false);
  }, [selectedCandidateId, segments]);

  // Bring the shown excerpt into view when the selection changes: at once on first show, smoothly after that.
  const key = selectionKey(selectedEventId, selectedEvidence);
  const shown = useRef(false);
  useLayoutEffect(() => {
    const article = articleRef.current;
    const mark = article?.querySelector<HTMLElement>('mark[aria-current="true"]');
    if (article && mark) scrollIntoViewWithin(article, mark, !shown.current);
    shown.current = true;
  }, [key]);

  // Hovering an event anywhere (timeline, list, here) outlines all of its excerpts. Done on the DOM,
  // outside React, so that a hover does not re-render the whole text.
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    let marked: HTMLElement[] = [];
    const apply = (id: string | null) => {
      for (const m of marked) delete m.dataset.hovered;
      marked = id ? Array.from(article.querySelectorAll<HTMLElement>(`mark[data-event-ids~="${CSS.escape(id)}"]`)) : [];
      for (const m of marked) m.dataset.hovered = 'true';
    };
    apply(useAppStore.getState().hoveredEventId);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.hoveredEventId !== prev.hoveredEventId) apply(s.hoveredEventId);
    });
    return () => {
      unsubscribe();
      apply(null);
    };
  }, [segments]);

  const closeChooser = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus) chooser?.mark.focus({ preventScroll: true });
      setChooser(null);
    },
    [chooser],
  );

  const itemsOf = (mark: HTMLElement): ChooserItem[] => {
    const segment = segments[Number(mark.dataset.seg)];
    if (!segment) return [];
    return eventsOfSegment(segment)
      .flatMap(({ eventId, evidenceIndex }) => {
        const event = index.eventById.get(eventId);
        return event ? [{ event, evidenceIndex }] : [];
      })
      .sort((a, b) => (index.eventIndexById.get(a.event.id) ?? 0) - (index.eventIndexById.get(b.event.id) ?? 0));
  };

  const activate = (mark: HTMLElement, pointerY?: number) => {
    // An underlined candidate goes to the review pane (the next one in it on a second click).
    const candidateIds = mark.dataset.candidateIds?.split(' ');
    const state = useAppStore.getState();
    if (candidateIds && (!mark.dataset.eventIds || state.explorePane === 'review')) {
      const at = candidateIds.indexOf(state.selectedCandidateId ?? '');
      state.reviewSource(source.id);
      state.selectCandidate(candidateIds[(at + 1) % candidateIds.length]!);
      state.selectEvent(null);
      return;
    }
    const items = itemsOf(mark);
    if (items.length === 1) {
      selectEvent(items[0]!.event.id, items[0]!.evidenceIndex);
    } else if (items.length > 1) {
      // A mark that wraps has one box per line: open next to the line that was clicked.
      const boxes = Array.from(mark.getClientRects());
      const box = (pointerY === undefined ? undefined : boxes.find((r) => pointerY >= r.top && pointerY <= r.bottom)) ?? boxes[0];
      const rect = box ?? mark.getBoundingClientRect();
      setChooser({ items, mark, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } });
    }
  };

  const markOf = (target: EventTarget): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('mark[data-seg]') : null;

  const onClick = (e: MouseEvent<HTMLElement>) => {
    const mark = markOf(e.target);
    if (!mark) return;
    // Selecting text to copy a quote is not a click on the excerpt.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && mark.contains(selection.anchorNode)) return;
    activate(mark, e.clientY);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const mark = markOf(e.target);
    if (!mark || e.target !== mark) return;
    e.preventDefault();
    activate(mark);
  };

  const hovered = useRef<string | null>(null);
  const setHover = (id: string | null) => {
    if (hovered.current === id) return;
    hovered.current = id;
    hoverEvent(id);
  };
  const onMouseOver = (e: MouseEvent<HTMLElement>) => {
    const ids = markOf(e.target)?.dataset.eventIds?.split(' ');
    // A shared excerpt has no single event to point at on the timeline.
    setHover(ids && ids.length === 1 ? ids[0]! : null);
  };

  return (
    <>
      <SelectionActions articleRef={articleRef} source={source} index={props.index} />
      <article
        ref={articleRef}
        aria-label={t('reader.text')}
        className="reader__text"
        lang={source.language}
        dir="auto"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onMouseOver={onMouseOver}
        onMouseLeave={() => setHover(null)}
        onScroll={chooser ? () => closeChooser(false) : undefined}
      >
        <HighlightedText
          text={source.text}
          segments={segments}
          index={index}
          selectedEventId={selectedEventId}
          selectedEvidence={selectedEvidence}
          candidates={candidates.titles}
          selectedCandidateId={selectedCandidateId}
        />
      </article>
      {chooser && (
        <ExcerptChooser
          items={chooser.items}
          anchor={chooser.anchor}
          selectedEventId={selectedEventId}
          onClose={closeChooser}
          onChoose={(item) => {
            closeChooser(true);
            selectEvent(item.event.id, item.evidenceIndex);
          }}
        />
      )}
    </>
  );
}

const NO_CANDIDATES = { spans: [] as HighlightSpan[], titles: new Map<string, string>() };

/** Unreviewed candidates of an imported source, as highlight spans under their ids (none for other sources). */
function useUnreviewedCandidates(sourceId: string, selectedCandidateId: string | null): { spans: HighlightSpan[]; titles: ReadonlyMap<string, string> } {
  const query = useQuery({ ...workspaceQueries.events(sourceId), retry: false });
  return useMemo(() => {
    const open = (query.data ?? []).filter((c) => c.state === 'unreviewed');
    if (open.length === 0) return NO_CANDIDATES;
    const current = open.find((c) => c.id === selectedCandidateId);
    const phrase = current?.record.provenance?.phrase;
    return {
      spans: [
        ...open.flatMap((c) =>
          c.record.evidence.flatMap((ev, evidenceIndex) => (ev.sourceId === sourceId ? [{ start: ev.start, end: ev.end, eventId: c.id, evidenceIndex }] : [])),
        ),
        // The outlined candidate's date words, marked apart from its sentence.
        ...(current && phrase ? [{ start: phrase.start, end: phrase.end, eventId: current.id, evidenceIndex: DATE_PHRASE }] : []),
      ],
      titles: new Map(open.map((c) => [c.id, c.record.title])),
    };
  }, [query.data, sourceId, selectedCandidateId]);
}
