import { useEffect, useRef } from 'react';

interface InlineConfirmProps {
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An inline confirmation; focus starts on "Annuler" so that Enter pressed twice deletes nothing. */
export function InlineConfirm({ text, confirmLabel, cancelLabel, testId, onConfirm, onCancel }: InlineConfirmProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="story-confirm" role="alertdialog" aria-label={text} data-testid={testId}>
      <p>{text}</p>
      <button type="button" className="story-danger" data-testid={`${testId}-yes`} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" ref={cancelRef} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
