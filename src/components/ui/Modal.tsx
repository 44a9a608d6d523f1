import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './modal.css';

/**
 * A modal native <dialog>: focus is trapped inside while it is open and returns to what
 * opened it; Esc closes it. Rendered only while open, so its form starts fresh each time.
 */
export function Modal(props: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button (Close); the first field is where work starts.
    dialog?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea')?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${props.className ? ` ${props.className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      // Keys typed in the dialog are not the page's shortcuts.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="modal__head">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
      {props.children}
    </dialog>
  );
}
