export interface StepNavProps {
  readonly step: number;
  readonly count: number;
  readonly go: (step: number) => void;
}

/** Previous / “Step n of N” / Next. */
export function StepNav({ step, count, go }: StepNavProps) {
  return (
    <nav className="lesson-nav" aria-label="Lesson steps">
      <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
        ← Previous
      </button>
      <span className="lesson-count">
        Step {step} of {count}
      </span>
      <button type="button" onClick={() => go(step + 1)} disabled={step >= count}>
        Next →
      </button>
    </nav>
  );
}
