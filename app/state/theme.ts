export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'loss-atlas-theme';

/** The saved choice; 'system' when nothing (or something unreadable) is stored. */
export function savedTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Applies and remembers the choice; 'system' follows prefers-color-scheme through CSS. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private modes may refuse storage; the theme still applies for this visit.
  }
}
