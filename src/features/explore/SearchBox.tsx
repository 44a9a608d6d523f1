import { useAppStore } from '../../stores/store';
import { useTranslation } from 'react-i18next';
import { SEARCH_INPUT_ID } from '../keyboard/useShortcuts';

export function SearchBox() {
  const { t } = useTranslation();
  const query = useAppStore((s) => s.filters.query);
  const setQuery = useAppStore((s) => s.setQuery);
  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
