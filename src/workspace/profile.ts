/**
 * The local profile's name: who edits, reviews and undoes in this browser profile. It is
 * recorded on edited events ("Edited … by Ana"), review decisions and the history. Kept
 * in localStorage (a preference, not the analyst's work); read at each write, so a new
 * name applies at once.
 */
const KEY = 'sourceline.profile.name';
export const PROFILE_NAME_MAX = 80;

export function readProfileName(): string | undefined {
  try {
    const name = globalThis.localStorage?.getItem(KEY)?.trim();
    return name ? name.slice(0, PROFILE_NAME_MAX) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the name (an empty one clears it); false when storage is blocked. */
export function writeProfileName(name: string): boolean {
  try {
    const clean = name.trim().slice(0, PROFILE_NAME_MAX);
    if (clean) localStorage.setItem(KEY, clean);
    else localStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
