import type { MappedTable, MappedRow } from '../../import/table/mapRows';
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
  const { mapped, choices } = props;
  const counts = previewCounts(mapped);
  const withProblems = mapped.rows.filter((r) => r.problems.length > 0);
  const different = mapped.rows.filter((r) => r.fields && r.match === 'different');
  const setAll = (choice: ConflictChoice) => props.onChoices(new Map(different.map((r) => [r.line, choice])));
  return (
    <section className="table-import__preview" aria-label="Preview">
      <p className="table-import__counts" data-testid="import-counts">
        {mapped.rows.length.toLocaleString('en-GB')} rows: {counts.create.toLocaleString('en-GB')} new, {counts.update.toLocaleString('en-GB')} update an
        event with the same id
        {counts.different > 0 && `, ${counts.different} have an id that names a different event`}
        {counts.skipped > 0 && `, ${counts.skipped} cannot be imported and will be skipped`}.
      </p>
      {mapped.notes.map((n) => (
        <p key={n} className="exchange__hint">
          {n}
        </p>
      ))}
      {withProblems.length > 0 && (
        <div className="table-import__problems" role="region" aria-label="Rows with problems">
          <ul>
            {withProblems.slice(0, SHOWN_PROBLEMS).map((r) => (
              <li key={r.line} className={r.fields ? 'table-import__warning' : 'table-import__error'}>
                <strong>Line {r.line}</strong> ({r.id}){r.fields ? '' : ', skipped'}: {r.problems.map((p) => p.message).join('; ')}
              </li>
            ))}
          </ul>
          {withProblems.length > SHOWN_PROBLEMS && <p className="exchange__hint">…and {withProblems.length - SHOWN_PROBLEMS} more rows with problems.</p>}
        </div>
      )}
      {different.length > 0 && (
        <fieldset className="table-import__conflicts">
          <legend>Ids that already name a different event</legend>
          <div className="import__actions">
            <button type="button" onClick={() => setAll('update')}>
              Update them all
            </button>
            <button type="button" onClick={() => setAll('new')}>
              Import them all as new
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
          <caption className="visually-hidden">The first rows as they will be imported</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Id</th>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">Will</th>
            </tr>
          </thead>
          <tbody>
            {mapped.rows.slice(0, SHOWN_ROWS).map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{r.id}</td>
                <td>{r.fields?.when ?? ''}</td>
                <td>{r.fields?.title ?? ''}</td>
                <td>{!r.fields ? 'be skipped' : r.match === 'new' ? 'be added' : r.match === 'same' ? 'update' : (choices.get(r.line) ?? 'new') === 'update' ? 'update' : 'be added as new'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ConflictRow({ row, choice, onChoice }: { row: MappedRow; choice: ConflictChoice; onChoice: (c: ConflictChoice) => void }) {
  return (
    <li>
      <span>
        Line {row.line}: “{row.id}” is “{row.existingTitle}”; the row says “{row.fields?.title}”.
      </span>{' '}
      <select aria-label={`Line ${row.line}: update “${row.existingTitle}” or import as new`} value={choice} onChange={(e) => onChoice(e.target.value as ConflictChoice)}>
        <option value="new">Import as a new event</option>
        <option value="update">Update the existing event</option>
      </select>
    </li>
  );
}
