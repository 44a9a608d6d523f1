import './history.css';
import type { VersionRow } from '../../workspace/conflicts/eventVersions';

/**
 * Shown in a form whose save was refused because the record changed meanwhile (another
 * tab, window or analyst): both versions side by side, where they differ. Saving again
 * writes the form's version over the other, knowingly; Cancel keeps the other.
 */
export function ConflictVersions({ message, rows }: { message: string; rows: readonly VersionRow[] }) {
  return (
    <div role="alert" className="conflict">
      <p className="conflict__message">{message}</p>
      {rows.length > 0 && (
        <table className="conflict__table">
          <caption className="visually-hidden">Your version and the version saved meanwhile</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours (this form)</th>
              <th scope="col">Saved meanwhile</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field}>
                <th scope="row">{r.field}</th>
                <td dir="auto">{r.mine}</td>
                <td dir="auto">{r.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="conflict__hint">Save again to keep yours over it, or Cancel to keep the saved version.</p>
    </div>
  );
}
