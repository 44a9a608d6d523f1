import { useEffect, useRef } from 'react';
import { useAppStore } from '../../stores/store';
import { SHORTCUTS } from './shortcuts';
import './help.css';

/** More keys from other parts of the page (the app composes them in; features do not import each other). */
export interface HelpSection {
  readonly title: string;
  readonly rows: readonly { readonly keys: readonly string[]; readonly description: string }[];
}

/** The list of shortcuts, as a modal dialog (native <dialog>: focus is trapped and restored). */
export function HelpOverlay({ sections = [] }: { sections?: readonly HelpSection[] }) {
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
        <h2 id="help-title">Keyboard shortcuts</h2>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
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
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>Wheel</kbd> / <kbd>drag</kbd>
            </th>
            <td>Zoom and pan the timeline (pinch on a touchpad)</td>
          </tr>
        </tbody>
      </table>
      {sections.map((section) => (
        <section key={section.title}>
          <h3>{section.title}</h3>
          <table>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.description}>
                  <th scope="row">
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' / '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{row.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </dialog>
  );
}
