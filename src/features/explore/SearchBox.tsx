import { useAppStore } from '../../stores/store';
import { SEARCH_INPUT_ID } from '../keyboard/useShortcuts';

export function SearchBox() {
  const query = useAppStore((s) => s.filters.query);
  const setQuery = useAppStore((s) => s.setQuery);
  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search events and excerpts
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        placeholder="Search events and excerpts ( / )"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
