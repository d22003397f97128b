import type { ReactNode } from 'react';

interface Props {
  /** The dialog's class prefix: `share` gives `share-head` and `share-close`. */
  prefix: string;
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** Between the title and the close button (About's link to its accessibility statement). */
  children?: ReactNode;
}

/** A dialog's title and its × button, named for assistive technology. */
export function DialogHead({ prefix, titleId, title, closeLabel, onClose, children }: Props) {
  return (
    <div className={`${prefix}-head`}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" className={`${prefix}-close`} aria-label={closeLabel} title={closeLabel} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
