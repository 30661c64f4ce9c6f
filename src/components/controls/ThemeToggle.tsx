export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ThemeToggleProps {
  readonly value: ThemeChoice;
  readonly onChange: (t: ThemeChoice) => void;
}

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Theme as a radio group: follows the system by default. */
export function ThemeToggle({ value, onChange }: ThemeToggleProps) {
  return (
    <fieldset className="theme-toggle">
      <legend>Theme</legend>
      {CHOICES.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name="theme"
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
