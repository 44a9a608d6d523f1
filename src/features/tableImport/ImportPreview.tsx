import type { MappedTable, MappedRow } from '../../import/table/mapRows';
import { useLocale } from '../../i18n/useLocale';
import { messageText } from '../../i18n/phrases';
import { previewCounts, type ConflictChoice } from './importPlan';

const SHOWN_PROBLEMS = 100;
const SHOWN_ROWS = 20;

/** What Import would do, row by row, before anything is written: counts, problems by line, ids that name another event, the first rows. */
export function ImportPreview(props: {
  mapped: MappedTable;
  tableProblems: number;
  choices: ReadonlyMap<number, ConflictChoice>;
  onChoices: (c: ReadonlyMap<number, ConflictChoice>) => void;
}) {
  const { t, locale } = useLocale();
  const { mapped, choices } = props;
  const counts = previewCounts(mapped);
  const withProblems = mapped.rows.filter((r) => r.problems.length > 0);
  const different = mapped.rows.filter((r) => r.fields && r.match === 'different');
  const setAll = (choice: ConflictChoice) => props.onChoices(new Map(different.map((r) => [r.line, choice])));
  return (
    <section className="table-import__preview" aria-label={t('table.preview')}>
      <p className="table-import__counts" data-testid="import-counts">
        {t('table.counts', {
          count: mapped.rows.length,
          rows: mapped.rows.length.toLocaleString(locale),
          created: counts.create.toLocaleString(locale),
          updated: counts.update.toLocaleString(locale),
        })}
        {counts.different > 0 && t('table.countsDifferent', { count: counts.different })}
        {counts.skipped > 0 && t('table.countsSkipped', { count: counts.skipped })}.
      </p>
      {mapped.notes.map((n) => (
        <p key={n} className="exchange__hint">
          {n}
        </p>
      ))}
      {withProblems.length > 0 && (
        <div className="table-import__problems" role="region" aria-label={t('table.rowsWithProblems')}>
          <ul>
            {withProblems.slice(0, SHOWN_PROBLEMS).map((r) => (
              <li key={r.line} className={r.fields ? 'table-import__warning' : 'table-import__error'}>
                <strong>{t('table.line', { n: r.line })}</strong> ({r.id}){r.fields ? '' : `, ${t('table.skipped')}`}: {r.problems.map((p) => messageText(t, p.code, p.message)).join('; ')}
              </li>
            ))}
          </ul>
          {withProblems.length > SHOWN_PROBLEMS && <p className="exchange__hint">{t('table.moreProblems', { count: withProblems.length - SHOWN_PROBLEMS })}</p>}
        </div>
      )}
      {different.length > 0 && (
        <fieldset className="table-import__conflicts">
          <legend>{t('table.differentIds')}</legend>
          <div className="import__actions">
            <button type="button" onClick={() => setAll('update')}>
              {t('table.updateAll')}
            </button>
            <button type="button" onClick={() => setAll('new')}>
              {t('table.allAsNew')}
            </button>
          </div>
          <ul>
            {different.slice(0, SHOWN_PROBLEMS).map((r) => (
              <ConflictRow key={r.line} row={r} choice={choices.get(r.line) ?? 'new'} onChoice={(c) => props.onChoices(new Map(choices).set(r.line, c))} />
            ))}
          </ul>
        </fieldset>
      )}
      <div className="table-import__scroll">
        <table className="table-import__rows">
          <caption className="visually-hidden">{t('table.rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.lineHeader')}</th>
              <th scope="col">{t('table.field.id')}</th>
              <th scope="col">{t('import.date')}</th>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('table.will')}</th>
            </tr>
          </thead>
          <tbody>
            {mapped.rows.slice(0, SHOWN_ROWS).map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{r.id}</td>
                <td>{r.fields?.when ?? ''}</td>
                <td>{r.fields?.title ?? ''}</td>
                <td>{t(`table.outcome.${!r.fields ? 'skip' : r.match === 'new' ? 'add' : r.match === 'same' ? 'update' : (choices.get(r.line) ?? 'new') === 'update' ? 'update' : 'addNew'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ConflictRow({ row, choice, onChoice }: { row: MappedRow; choice: ConflictChoice; onChoice: (c: ConflictChoice) => void }) {
  const { t } = useLocale();
  return (
    <li>
      <span>
        {t('table.conflict', { n: row.line, id: row.id, existing: row.existingTitle, title: row.fields?.title })}
      </span>{' '}
      <select aria-label={t('table.conflictChoice', { n: row.line, existing: row.existingTitle })} value={choice} onChange={(e) => onChoice(e.target.value as ConflictChoice)}>
        <option value="new">{t('table.asNew')}</option>
        <option value="update">{t('table.updateExisting')}</option>
      </select>
    </li>
  );
}
