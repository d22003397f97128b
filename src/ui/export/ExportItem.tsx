// One button of the export menu: what it makes and, below, a hint (size, contents).

export interface ItemProps {
  testId: string;
  label: string;
  hint?: string;
  disabled: boolean;
  onClick: () => void;
}

export function ExportItem({ testId, label, hint, disabled, onClick }: ItemProps) {
  return (
    <li>
      <button type="button" data-testid={testId} disabled={disabled} onClick={onClick}>
        <span className="export-item-label">{label}</span>
        {hint && <span className="export-item-hint">{hint}</span>}
      </button>
    </li>
  );
}
