import { useEffect, useMemo, useRef, useState } from 'react';
import { failureText, messageText } from '../../i18n/phrases';
import { currentLanguage, dateLocale, i18n } from '../../i18n/i18n';
import type { DayMonthOrder } from '../../domain/exchange/spreadsheetDate';
import { detectPreset, proposeMapping, mappingProblems, type ColumnMapping, type PresetId } from '../../import/table/columnMapping';
import type { MappedTable } from '../../import/table/mapRows';
import type { Delimiter } from '../../import/table/readTable';
import type { TableSummary } from '../../import/table/tableSession';
import { TableWorker } from '../../import/table/tableWorker';
import { useDatasetQuery } from '../../queries/useDataset';
import { BUILTIN_DATASET_URL } from '../../queries/datasetQuery';
import { datasetKeyFor } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { defaultWorkspaceWithin, type WorkspaceSnapshot } from '../../workspace';
import { planTableImport } from '../../workspace/commands/tableImportCommands';
import { mapContextOf, tableImportOf, type ConflictChoice } from './importPlan';
import { MappingControls } from './MappingControls';
import { ImportPreview } from './ImportPreview';
import '../exchange/exchange.css';

/**
 * A table (CSV, TSV, a .txt read as a table) in the import dialog: read in a worker with
 * progress and Cancel, columns mapped (a preset proposed from the header), every row
 * previewed with its problems — and nothing written until Import, which is one command
 * (one Undo).
 */
export function TableImport(props: { fileName: string; text: string; onBack: () => void; onDone: () => void; onReadAsArticle?: () => void }) {
  const { fileName, text } = props;
  const worker = useRef<TableWorker | null>(null);
  const view = useDatasetQuery().data;
  const dataUrl = useAppStore((s) => s.dataUrl);
  const datasetKey = datasetKeyFor(dataUrl ?? BUILTIN_DATASET_URL);
  const [readOptions, setReadOptions] = useState<{ delimiter?: Delimiter; hasHeader?: boolean }>({});
  const [summary, setSummary] = useState<TableSummary | null>(null);
  const [percent, setPercent] = useState(0);
  const [preset, setPreset] = useState<PresetId>('generic');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [snapshot, setSnapshot] = useState<WorkspaceSnapshot | null>(null);
  const [mapped, setMapped] = useState<MappedTable | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, ConflictChoice>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const w = new TableWorker();
    worker.current = w;
    return () => w.cancel();
  }, []);

  useEffect(() => {
    let live = true;
    void defaultWorkspaceWithin()
      .then((ws) => ws.snapshot())
      .then((s) => live && setSnapshot(s))
      .catch((e: Error) => live && setError(i18n.t('table.workspaceUnreadable', { message: e.message })));
    return () => {
      live = false;
    };
  }, []);

  // Read (again when the delimiter or header choice changes).
  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    setSummary(null);
    setMapped(null);
    setPercent(0);
    w.read(text, readOptions, (share) => setPercent(Math.round(share * 100)))
      .then((s) => {
        const p = s.header ? detectPreset(s.header) : 'generic';
        setSummary(s);
        setPreset(p);
        setMapping(proposeMapping(s.header ?? s.sample[0]?.cells.map(() => '') ?? [], p, s.order ?? 'day-first'));
        heading.current?.focus();
      })
      .catch((e: Error) => e.name !== 'AbortError' && setError(i18n.t('table.unreadable', { name: fileName, message: e.message })));
  }, [text, readOptions, fileName]);

  const context = useMemo(() => (view && snapshot ? mapContextOf(view.index.dataset, snapshot, fileName) : null), [view, snapshot, fileName]);
  const blocking = mapping && summary ? mappingProblems(mapping, summary.header) : [];

  // Map (again whenever the mapping changes): the preview.
  useEffect(() => {
    const w = worker.current;
    if (!w || !summary || !mapping || !context || mappingProblems(mapping, summary.header).length) return;
    setMapped(null);
    w.map(mapping, context, (share) => setPercent(Math.round(share * 100)))
      .then(setMapped)
      .catch((e: Error) => e.name !== 'AbortError' && setError(i18n.t('table.unmappable', { message: e.message })));
  }, [summary, mapping, context]);

  const confirm = async () => {
    if (!mapped || !view || !snapshot) return;
    setSaving(true);
    setError(null);
    try {
      const input = tableImportOf(mapped, choices, view.index.dataset, snapshot, datasetKey, fileName);
      const ws = await defaultWorkspaceWithin();
      const result = await ws.run(async (read, ctx) => planTableImport(read, input, ctx));
      if (!result.ok) {
        setError(failureText(result));
        setSaving(false);
        return;
      }
      props.onDone();
    } catch (e) {
      setError(i18n.t('import.nothingImportedBecause', { message: (e as Error).message }));
      setSaving(false);
    }
  };

  if (!summary || !mapping) {
    return (
      <div className="table-import">
        <h3 className="import__step" tabIndex={-1}>
          {i18n.t('table.reading', { name: fileName })}
        </h3>
        {error ? (
          <p role="alert" className="import__error">
            {error}
          </p>
        ) : (
          <div className="import__progress" role="progressbar" aria-label={i18n.t('table.readingProgress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
            <div className="import__progress-bar" style={{ width: `${percent}%` }} />
          </div>
        )}
        <div className="import__actions">
          <button type="button" onClick={() => (worker.current?.cancel(), props.onBack())}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="table-import">
      <h3 className="import__step" ref={heading} tabIndex={-1}>
        {i18n.t('table.mapStep', { name: fileName })}
      </h3>
      <MappingControls
        summary={summary}
        preset={preset}
        mapping={mapping}
        hasHeader={summary.header !== null}
        onPreset={(p) => {
          setPreset(p);
          setMapping(proposeMapping(summary.header ?? [], p, mapping.order));
        }}
        onDelimiter={(delimiter) => setReadOptions((o) => ({ ...o, delimiter }))}
        onHasHeader={(hasHeader) => setReadOptions((o) => ({ ...o, hasHeader }))}
        onOrder={(order: DayMonthOrder) => setMapping({ ...mapping, order })}
        onMapping={setMapping}
      />
      {blocking.length > 0 && (
        <ul className="import__error" role="alert">
          {blocking.map((p) => (
            <li key={p.message}>{messageText(i18n.t, p.code, p.message)}</li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="import__error">
          {error}
        </p>
      )}
      {blocking.length === 0 && !mapped && !error && (
        <p role="status" className="exchange__hint">
          {i18n.t('table.checking', { count: summary.rowCount, formatted: summary.rowCount.toLocaleString(dateLocale(currentLanguage())), percent })}
        </p>
      )}
      {mapped && <ImportPreview mapped={mapped} tableProblems={summary.problems.length} choices={choices} onChoices={setChoices} />}
      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          {i18n.t('import.back')}
        </button>
        {props.onReadAsArticle && (
          <button type="button" onClick={props.onReadAsArticle}>
            {i18n.t('table.asArticle')}
          </button>
        )}
        <ConfirmButton mapped={mapped} saving={saving} disabled={blocking.length > 0 || !snapshot} onConfirm={() => void confirm()} />
      </div>
    </div>
  );
}

function ConfirmButton(props: { mapped: MappedTable | null; saving: boolean; disabled: boolean; onConfirm: () => void }) {
  const importable = props.mapped ? props.mapped.rows.filter((r) => r.fields).length : 0;
  const skipped = props.mapped ? props.mapped.rows.length - importable : 0;
  return (
    <button type="button" className="button--primary" disabled={props.disabled || props.saving || importable === 0} onClick={props.onConfirm}>
      {props.saving
        ? i18n.t('table.importing')
        : `${i18n.t('table.importRows', { count: importable, formatted: importable.toLocaleString(dateLocale(currentLanguage())) })}${skipped ? i18n.t('table.skip', { count: skipped }) : ''}`}
    </button>
  );
}
