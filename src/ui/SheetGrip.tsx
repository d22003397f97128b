import { useSwipeDown } from './useSwipeDown';
import './sheet.css';

/**
 * The grip at the top of a panel shown as a bottom sheet (a phone): swiping it down closes the
 * sheet. Hidden from assistive technology: the sheet's own close button does the same.
 */
export function SheetGrip({ onClose, testId }: { onClose: () => void; testId: string }) {
  const swipe = useSwipeDown(onClose);
  return <div className="sheet-grip" aria-hidden="true" data-testid={testId} {...swipe} />;
}
