import { useId, useRef, useState } from 'react';
import { Modal } from '../../components/ui/Modal';
import { PROFILE_NAME_MAX, readProfileName, writeProfileName } from '../../workspace/profile';

/**
 * Settings of this browser profile: for now the analyst's name, which is recorded on
 * their edits, review decisions and the history ("Edited 2 Sep 2025 by Ana").
 */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button ref={buttonRef} type="button" aria-haspopup="dialog" aria-label="Settings" onClick={() => setOpen(true)} title="Settings: your name on edits and reviews">
        <span aria-hidden="true">⚙</span>
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}

function SettingsDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [name, setName] = useState(() => readProfileName() ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title="Settings" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (writeProfileName(name)) onClose();
          else setError('This browser does not let Sourceline keep settings (storage is blocked); the name was not saved.');
        }}
      >
        <label htmlFor={`${id}-name`}>Your name</label>
        <input id={`${id}-name`} value={name} maxLength={PROFILE_NAME_MAX} autoComplete="name" aria-describedby={`${id}-hint`} onChange={(e) => setName(e.target.value)} />
        <p id={`${id}-hint`} className="modal__hint">
          Recorded on your edits, review decisions and in the undo history of this browser profile. Leave empty to stay anonymous.
        </p>
        {error && <p role="alert">{error}</p>}
        <div className="modal__buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button--primary">
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
