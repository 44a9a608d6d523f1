import { useEffect, useRef } from 'react';
import { useAppStore } from '../../stores/store';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts';
import './help.css';

/** More keys from other parts of the page (the app composes them in; features do not import each other). */
export interface HelpSection {
  /** Catalogue keys, translated when shown. */
  readonly titleKey: string;
  readonly rows: readonly { readonly keys: readonly string[]; readonly descriptionKey: string }[];
}

/** The list of shortcuts, as a modal dialog (native <dialog>: focus is trapped and restored). */
export function HelpOverlay({ sections = [] }: { sections?: readonly HelpSection[] }) {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="help"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
      onCancel={(e) => {
        e.preventDefault();
        setHelpOpen(false);
      }}
    >
      <div className="help__head">
        <h2 id="help-title">{t('help.title')}</h2>
        <form method="dialog">
          <button type="submit" autoFocus>
            {t('common.close')}
          </button>
        </form>
      </div>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{t(s.descriptionKey)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>{t('help.wheel')}</kbd> / <kbd>{t('help.drag')}</kbd>
            </th>
            <td>{t('help.zoomPan')}</td>
          </tr>
        </tbody>
      </table>
      {sections.map((section) => (
        <section key={section.titleKey}>
          <h3>{t(section.titleKey)}</h3>
          <table>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.descriptionKey}>
                  <th scope="row">
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' / '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{t(row.descriptionKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </dialog>
  );
}
