import { useId, useState, type ReactNode } from 'react';

interface Props {
  /** Used for the test ids: `filters-section-<id>`, `filter-clear-<id>`. */
  id: string;
  title: string;
  /** Number of options chosen, shown beside the title when the filter is active. */
  badge?: string | null;
  /** Accessible name of the clear button, e.g. "Effacer le filtre ODD"; no button when absent. */
  clearLabel?: string;
  active: boolean;
  onClear?: () => void;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** One collapsible section of the panel: a heading that opens and closes it, and a clear button. */
export function FilterSection({ id, title, badge, clearLabel, active, onClear, defaultOpen = true, children }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section className={`fp-section${active ? ' fp-section-active' : ''}`} data-testid={`filters-section-${id}`}>
      <div className="fp-section-head">
        <h3 className="fp-section-title">
          <button type="button" className="fp-section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            <span className="fp-chevron" aria-hidden="true" />
            {title}
            {active && badge ? <span className="fp-badge">{badge}</span> : null}
          </button>
        </h3>
        {active && onClear && clearLabel ? (
          <button
            type="button"
            className="fp-clear"
            aria-label={clearLabel}
            title={clearLabel}
            data-testid={`filter-clear-${id}`}
            onClick={onClear}
          >
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </div>
      <div id={bodyId} className="fp-section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
