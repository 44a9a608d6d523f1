import { useId, useRef, useState } from 'react';
import { Modal } from '../../components/ui/Modal';
import { PROFILE_NAME_MAX, readProfileName, writeProfileName } from '../../workspace/profile';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, chosenLanguage } from '../../i18n/i18n';
import { LANGUAGES, LANGUAGE_NAMES, browserLanguage, isLanguage } from '../../i18n/language';

/**
 * Settings of this browser profile: the interface language (the browser's unless chosen
 * here) and the analyst's name, which is recorded on their edits, review decisions and
 * the history ("Edited 2 Sep 2025 by Ana").
 */
export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button ref={buttonRef} type="button" aria-haspopup="dialog" aria-label={t('settings.title')} onClick={() => setOpen(true)} title={t('settings.buttonTitle')}>
        <span aria-hidden="true">⚙</span>
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}

function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(() => readProfileName() ?? '');
  const [language, setLanguage] = useState<string>(() => chosenLanguage() ?? 'browser');
  const fromBrowser = LANGUAGE_NAMES[browserLanguage(navigator.languages ?? [navigator.language])];
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={t('settings.title')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // The language applies at once and lasts for the page even where storage is blocked.
          chooseLanguage(isLanguage(language) ? language : null);
          if (writeProfileName(name)) onClose();
          else setError(t('settings.storageBlocked'));
        }}
      >
        <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
        <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="browser">{t('settings.languageBrowser', { language: fromBrowser })}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-name`}>{t('settings.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={PROFILE_NAME_MAX} autoComplete="name" aria-describedby={`${id}-hint`} onChange={(e) => setName(e.target.value)} />
        <p id={`${id}-hint`} className="modal__hint">
          {t('settings.nameHint')}
        </p>
        {error && <p role="alert">{error}</p>}
        <div className="modal__buttons">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
