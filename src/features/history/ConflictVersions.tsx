import './history.css';
import type { VersionRow } from '../../workspace/conflicts/eventVersions';
import { useTranslation } from 'react-i18next';

/**
 * Shown in a form whose save was refused because the record changed meanwhile (another
 * tab, window or analyst): both versions side by side, where they differ. Saving again
 * writes the form's version over the other, knowingly; Cancel keeps the other.
 */
export function ConflictVersions({ message, rows }: { message: string; rows: readonly VersionRow[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="conflict">
      <p className="conflict__message">{message}</p>
      {rows.length > 0 && (
        <table className="conflict__table">
          <caption className="visually-hidden">{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.fieldHeader')}</th>
              <th scope="col">{t('conflict.yours')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
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
      <p className="conflict__hint">{t('conflict.hint')}</p>
    </div>
  );
}
