import { useId } from 'react';

interface Props {
  label: string;
  help?: string;
  checked: boolean;
  testId: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a button with role="switch", its label and an optional line of help. */
export function Switch({ label, help, checked, testId, onChange }: Props) {
  const labelId = useId();
  const helpId = useId();
  return (
    <div className="fp-switch-row">
      <button
        type="button"
        role="switch"
        className="fp-switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={help ? helpId : undefined}
        data-testid={testId}
        onClick={() => onChange(!checked)}
      >
        <span className="fp-switch-knob" aria-hidden="true" />
      </button>
      <div>
        <span id={labelId} className="fp-switch-label" onClick={() => onChange(!checked)}>
          {label}
        </span>
        {help ? (
          <span id={helpId} className="fp-help">
            {help}
          </span>
        ) : null}
      </div>
    </div>
  );
}
