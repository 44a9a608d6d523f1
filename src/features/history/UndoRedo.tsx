import { useQuery } from '@tanstack/react-query';
import { failureText } from '../../i18n/phrases';
import { useEffect, useRef, useState } from 'react';
import { isTextField } from '../../components/ui/isTextField';
import { workspaceQueries } from '../../queries/workspaceQueries';
import { defaultWorkspace } from '../../workspace';
import type { StepLabel } from '../../workspace/history';
import { useTranslation } from 'react-i18next';
import './history.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/**
 * Undo and redo every change made in this browser profile, named ("Undo: delete
 * “Port strike begins”"), with Ctrl+Z / Ctrl+Shift+Z (⌘ on macOS) anywhere but in a text
 * field, where the keys edit the text. The outcome is announced; a step that can no
 * longer be taken (another tab changed the record since) says why and changes nothing.
 */
export function UndoRedo() {
  const { t } = useTranslation();
  const history = useQuery(workspaceQueries.history());
  const [message, setMessage] = useState<{ tone: 'status' | 'error'; text: string } | null>(null);
  // A step named by a catalogue key reads in the interface language; older history in its English words.
  const words = (step: StepLabel | null) => (step ? (step.key ? t(`history.label.${step.key.key}`, step.key.params) : step.text) : null);
  const undoLabel = words(history.data?.undo ?? null);
  const redoLabel = words(history.data?.redo ?? null);

  const step = async (direction: 'undo' | 'redo') => {
    const ws = await defaultWorkspace();
    const result = direction === 'undo' ? await ws.undo() : await ws.redo();
    if (!result.ok) setMessage({ tone: 'error', text: t(direction === 'undo' ? 'history.cannotUndo' : 'history.cannotRedo', { message: failureText(result) }) });
    else if (result.value) setMessage({ tone: 'status', text: t(direction === 'undo' ? 'history.undone' : 'history.redone', { step: words(result.value) }) });
  };

  // The key handler is added once; it takes the latest step (whose words follow the language).
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(isMac ? e.metaKey : e.ctrlKey) || e.altKey || e.key.toLowerCase() !== 'z' && e.key.toLowerCase() !== 'y') return;
      if (isTextField(e.target)) return;
      e.preventDefault();
      void stepRef.current(e.shiftKey || e.key.toLowerCase() === 'y' ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="undo-redo" role="group" aria-label={t('history.group')}>
      <button
        type="button"
        disabled={!undoLabel}
        onClick={() => void step('undo')}
        title={undoLabel ? `${t('history.undoStep', { step: undoLabel })} (${MOD}Z)` : t('history.nothingToUndo')}
        aria-label={undoLabel ? t('history.undoStep', { step: undoLabel }) : t('history.undo')}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        disabled={!redoLabel}
        onClick={() => void step('redo')}
        title={redoLabel ? `${t('history.redoStep', { step: redoLabel })} (${MOD}Shift+Z)` : t('history.nothingToRedo')}
        aria-label={redoLabel ? t('history.redoStep', { step: redoLabel }) : t('history.redo')}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
      >
        <span aria-hidden="true">↷</span>
      </button>
      <p className={`undo-redo__message undo-redo__message--${message?.tone ?? 'status'}`} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text}
      </p>
    </div>
  );
}
