import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { messageText, failureText } from '../../i18n/phrases';
import { i18n } from '../../i18n/i18n';
import { useAppStore } from '../../stores/store';
import { useQueryClient } from '@tanstack/react-query';
import { mergeOptions, type MergeChoices } from './datasetMerge';
import { ACCEPTED_FILE_TYPES, IMPORT_LIMITS, formatBytes, readImportFile, readPastedText, type ImportError, type ImportedFile } from '../../import';
import { ExtractionError, extractInWorker } from '../../import/extractInWorker';
import { EXTRACTOR_VERSION } from '../../extract';
import { defaultWorkspaceWithin, sourceIdFor } from '../../workspace';
import { draftFromFile, draftFromText, type ImportDraft } from './importDraft';
import { checkPublished } from './publishedForm';
import { SourceDetailsForm } from './SourceDetailsForm';
import { DatasetSummary } from './DatasetSummary';
import { isTableFile, readTableFile, TABLE_FILE_TYPES } from '../../import/table/readTableFile';
import { looksLikeTable } from '../../import/table/readTable';
import { readJsonDocument, readTimelineJsFile } from '../../import/table/readTimelineJsFile';
import { isWebAnnotationDocument } from '../../domain/exchange/webAnnotation';
import { AnnotationImport } from '../tableImport/AnnotationImport';
import { TableImport } from '../tableImport/TableImport';
import './import.css';

type DatasetFile = Extract<ImportedFile, { kind: 'dataset' }>;

type Step =
  | { readonly kind: 'input'; readonly error: ImportError | null; readonly reading: boolean }
  | { readonly kind: 'details'; readonly draft: ImportDraft; readonly error: { message: string; existing?: string } | null }
  | { readonly kind: 'extracting'; readonly draft: ImportDraft; readonly percent: number }
  | { readonly kind: 'dataset'; readonly file: DatasetFile; readonly error: string | null; readonly saving: boolean }
  /** A CSV/TSV, or a .txt read as a table: the mapping step (src/features/tableImport). */
  | { readonly kind: 'table'; readonly fileName: string; readonly text: string; readonly fromTxt: boolean }
  /** W3C Web Annotations: excerpts for events the chronology has. */
  | { readonly kind: 'annotations'; readonly fileName: string; readonly json: unknown };

const INPUT: Step = { kind: 'input', error: null, reading: false };

/**
 * Bringing a document in: paste or choose a file → confirm the title, publication time
 * and language → extract in a Web Worker (progress, cancel) → the source and its
 * candidates are stored in one write, and the review opens. A modal native <dialog>:
 * focus is trapped inside and returns where it was when it closes.
 */
export function ImportDialog() {
  const open = useAppStore((s) => s.importOpen);
  const setImportOpen = useAppStore((s) => s.setImportOpen);
  const ref = useRef<HTMLDialogElement>(null);
  // A fresh flow every time the dialog opens.
  const [session, setSession] = useState(0);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setSession((n) => n + 1);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="import"
      aria-labelledby="import-title"
      onClose={() => setImportOpen(false)}
      // The app's single-key shortcuts must not fire while typing or choosing here.
      onKeyDown={(e) => e.stopPropagation()}
    >
      {open && <ImportFlow key={session} onDone={() => setImportOpen(false)} />}
    </dialog>
  );
}

function ImportFlow({ onDone }: { onDone: () => void }) {
  const { t, locale } = useLocale();
  const [step, setStep] = useState<Step>(INPUT);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const reviewSource = useAppStore((s) => s.reviewSource);
  const queryClient = useQueryClient();
  const selectCandidate = useAppStore((s) => s.selectCandidate);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // Each step starts with its heading focused, so a screen reader hears where it is.
  useEffect(() => {
    if (step.kind !== 'input') stepHeading.current?.focus();
  }, [step.kind]);

  // Closing the dialog (Esc) stops a running extraction.
  useEffect(() => () => controller.current?.abort(), []);

  const readFile = async (file: File) => {
    setStep({ kind: 'input', error: null, reading: true });
    if (isTableFile(file.name, file.type)) {
      const table = await readTableFile(file);
      setStep(table.ok ? { kind: 'table', ...table.value, fromTxt: false } : { kind: 'input', error: table.error, reading: false });
      return;
    }
    if (/\.jsonld$/iu.test(file.name)) {
      const annotations = await readJsonDocument(file);
      if (annotations !== undefined && isWebAnnotationDocument(annotations)) setStep({ kind: 'annotations', fileName: file.name, json: annotations });
      else setStep({ kind: 'input', error: { code: 'unreadable', message: i18n.t('import.notAnnotations', { name: file.name }), fileName: file.name }, reading: false });
      return;
    }
    const result = await readImportFile(file);
    // A .json that is not a dataset may be a TimelineJS timeline: it goes through the table step.
    const other = !result.ok && result.error.code === 'not-a-dataset';
    const timeline = other ? await readTimelineJsFile(file) : null;
    const json = other && !timeline ? await readJsonDocument(file) : undefined;
    if (timeline) setStep({ kind: 'table', ...timeline, fromTxt: false });
    else if (json !== undefined && isWebAnnotationDocument(json)) setStep({ kind: 'annotations', fileName: file.name, json });
    else if (!result.ok) setStep({ kind: 'input', error: result.error, reading: false });
    else if (result.value.kind === 'text' && result.value.format === 'text' && looksLikeTable(result.value.text)) {
      setStep({ kind: 'table', fileName: result.value.fileName, text: result.value.text, fromTxt: true });
    } else if (result.value.kind === 'dataset') setStep({ kind: 'dataset', file: result.value, error: null, saving: false });
    else setStep({ kind: 'details', draft: draftFromFile(result.value), error: null });
  };

  const readPaste = () => {
    const result = readPastedText(pasted);
    if (!result.ok) setStep({ kind: 'input', error: result.error, reading: false });
    else setStep({ kind: 'details', draft: draftFromText(result.value, { kind: 'paste' }), error: null });
  };

  const extract = async (draft: ImportDraft) => {
    const checked = checkPublished(draft.fields, draft.assumed);
    if (!checked.ok || !draft.title.trim()) return;
    const abort = new AbortController();
    controller.current = abort;
    setStep({ kind: 'extracting', draft, percent: 0 });
    try {
      const extraction = await extractInWorker(
        draft.text,
        { published: checked.reference, lang: draft.lang, sourceId: 'new', ignore: draft.analysis.furniture },
        { signal: abort.signal, onProgress: (p) => setStep({ kind: 'extracting', draft, percent: Math.round((100 * p.done) / Math.max(1, p.total)) }) },
      );
      const ws = await defaultWorkspaceWithin();
      const result = await ws.addSourceWithCandidates({
        source: {
          title: draft.title.trim(),
          language: draft.lang,
          published: checked.published,
          ...(checked.publishedZone ? { publishedZone: checked.publishedZone } : {}),
          ...(draft.byline ? { byline: draft.byline } : {}),
          ...(draft.publisher ? { publisher: draft.publisher } : {}),
          text: draft.text,
        },
        origin: draft.origin,
        extraction: { extractor: EXTRACTOR_VERSION, lang: extraction.lang, events: extraction.events },
        furniture: draft.analysis.furniture.map(({ start, end, kind }) => ({ start, end, kind })),
      });
      if (!result.ok) {
        const existing = result.reason === 'duplicate' ? sourceIdFor(draft.text) : undefined;
        setStep({ kind: 'details', draft, error: { message: failureText(result), ...(existing ? { existing } : {}) } });
        return;
      }
      reviewSource(result.value.source.id);
      selectCandidate(result.value.candidates.find((c) => c.state === 'unreviewed')?.id ?? null);
      onDone();
    } catch (e) {
      if ((e as Error).name === 'AbortError') {
        setStep({ kind: 'details', draft, error: null });
        return;
      }
      const message = e instanceof ExtractionError ? e.message : i18n.t('import.nothingImportedBecause', { message: (e as Error).message });
      setStep({ kind: 'details', draft, error: { message } });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const addDataset = async (file: DatasetFile, choices: MergeChoices) => {
    setStep({ kind: 'dataset', file, error: null, saving: true });
    try {
      const ws = await defaultWorkspaceWithin();
      const result = await ws.mergeDataset(file.dataset, file.fileName, await mergeOptions(queryClient, useAppStore.getState().dataUrl, choices));
      if (!result.ok) {
        setStep({ kind: 'dataset', file, error: failureText(result), saving: false });
        return;
      }
      onDone();
    } catch (e) {
      setStep({ kind: 'dataset', file, error: i18n.t('import.nothingAdded', { message: (e as Error).message }), saving: false });
    }
  };

  return (
    <div
      className={`import__body${dragging ? ' import__body--dragging' : ''}`}
      onDragOver={(e) => {
        if (step.kind !== 'input' || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (step.kind !== 'input') return;
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void readFile(file);
      }}
    >
      <header className="import__head">
        <h2 id="import-title">{t('import.title')}</h2>
        <form method="dialog">
          <button type="submit" className="import__close" aria-label={t('import.close')}>
            ×
          </button>
        </form>
      </header>

      {step.kind === 'input' && (
        <InputStep
          pasted={pasted}
          setPasted={setPasted}
          error={step.error}
          reading={step.reading}
          onPasteSubmit={readPaste}
          onFile={(f) => void readFile(f)}
        />
      )}

      {step.kind === 'details' && (
        <>
          <h3 className="import__step" ref={stepHeading} tabIndex={-1}>
            {t('import.checkStep')}
          </h3>
          {step.error && (
            <div role="alert" className="import__error">
              {step.error.message}
              {step.error.existing && (
                <button
                  type="button"
                  onClick={() => {
                    reviewSource(step.error!.existing!);
                    onDone();
                  }}
                >
                  {t('import.reviewIt')}
                </button>
              )}
            </div>
          )}
          {step.draft.origin.kind === 'file' && step.draft.origin.format === 'text' && (
            <button type="button" className="import__as-table" onClick={() => setStep({ kind: 'table', fileName: (step.draft.origin as { fileName: string }).fileName, text: step.draft.text, fromTxt: true })}>
              {t('import.asTable')}
            </button>
          )}
          <SourceDetailsForm
            draft={step.draft}
            onChange={(draft) => setStep({ kind: 'details', draft, error: null })}
            onBack={() => setStep(INPUT)}
            onSubmit={() => void extract(step.draft)}
          />
        </>
      )}

      {step.kind === 'extracting' && (
        <div className="import__extracting">
          <h3 className="import__step" ref={stepHeading} tabIndex={-1}>
            {t('import.extracting')}
          </h3>
          <div
            className="import__progress"
            role="progressbar"
            aria-label={t('import.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={step.percent}
            aria-valuetext={`${step.percent}%`}
          >
            <div className="import__progress-bar" style={{ width: `${step.percent}%` }} />
          </div>
          <p className="import__hint">
            {t('import.background', { count: step.draft.text.length, formatted: step.draft.text.length.toLocaleString(locale) })}
          </p>
          <div className="import__actions">
            <button type="button" onClick={() => controller.current?.abort()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      {step.kind === 'table' && (
        <TableImport
          fileName={step.fileName}
          text={step.text}
          onBack={() => setStep(INPUT)}
          onDone={onDone}
          {...(step.fromTxt
            ? { onReadAsArticle: () => setStep({ kind: 'details', draft: draftFromFile({ kind: 'text', format: 'text', fileName: step.fileName, text: step.text }), error: null }) }
            : {})}
        />
      )}

      {step.kind === 'annotations' && <AnnotationImport fileName={step.fileName} json={step.json} onBack={() => setStep(INPUT)} onDone={onDone} />}

      {step.kind === 'dataset' && (
        <>
          <h3 className="import__step" ref={stepHeading} tabIndex={-1}>
            {t('import.datasetStep')}
          </h3>
          {step.error && (
            <p role="alert" className="import__error">
              {step.error}
            </p>
          )}
          <DatasetSummary
            file={step.file}
            saving={step.saving}
            onBack={() => setStep(INPUT)}
            onAdd={(choices) => void addDataset(step.file, choices)}
          />
        </>
      )}
    </div>
  );
}

function InputStep(props: {
  pasted: string;
  setPasted: (s: string) => void;
  error: ImportError | null;
  reading: boolean;
  onPasteSubmit: () => void;
  onFile: (file: File) => void;
}) {
  const { pasted, setPasted, error, reading } = props;
  const { t } = useLocale();
  return (
    <div className="import__input">
      {error && (
        <div role="alert" className="import__error">
          <strong>{t('import.nothingImported')}</strong> {messageText(t, error.messageCode, error.message)}
          {error.problems && error.problems.length > 0 && (
            <ul>
              {error.problems.slice(0, 5).map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {messageText(t, p.code, p.message)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form
        className="import__paste"
        onSubmit={(e) => {
          e.preventDefault();
          props.onPasteSubmit();
        }}
      >
        <label htmlFor="import-text">{t('import.paste')}</label>
        <textarea
          id="import-text"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={8}
          spellCheck={false}
          autoFocus
          placeholder={t('import.pastePlaceholder')}
        />
        <div className="import__actions">
          <span className="import__hint">{t('import.pasteLimit', { size: formatBytes(IMPORT_LIMITS.textBytes) })}</span>
          <button type="submit" className="button--primary" disabled={reading}>
            {t('import.continue')}
          </button>
        </div>
      </form>
      <div className="import__or" aria-hidden="true">
        <span>{t('import.or')}</span>
      </div>
      <div className="import__drop">
        <p>
          {t('import.drop')}{' '}
          <label className="import__choose">
            {t('import.choose')}
            <input
              type="file"
              className="visually-hidden"
              accept={`${ACCEPTED_FILE_TYPES},${TABLE_FILE_TYPES},.jsonld,application/ld+json`}
              aria-label={t('import.chooseLabel')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) props.onFile(file);
              }}
            />
          </label>
        </p>
        <p className="import__hint">
          {t('import.formats', { text: formatBytes(IMPORT_LIMITS.textBytes), html: formatBytes(IMPORT_LIMITS.htmlBytes), dataset: formatBytes(IMPORT_LIMITS.datasetBytes) })}
        </p>
        {reading && (
          <p role="status" className="import__hint">
            {t('import.reading')}
          </p>
        )}
      </div>
    </div>
  );
}
