import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { fr } from '../i18n/fr';

/** The parts of the app that fail on their own: the map, each panel, each dialog. */
export type Part = keyof typeof fr.partError.parts;

interface Props {
  part: Part;
  children: ReactNode;
  /** A way out the part offers (close the panel or dialog). */
  onClose?: () => void;
  /** Another way to show the part (the map: draw it on a canvas). */
  action?: { label: string; run: () => void };
}

interface State {
  error: Error | null;
}

/** Says which part failed, that the rest works, and offers to try again. */
function PartFailure({ part, onRetry, onClose, action }: Omit<Props, 'children'> & { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`part-error part-error-${part}`} role="alert" data-testid={`part-error-${part}`}>
      <p className="part-error-title">{t(`partError.parts.${part}`)}</p>
      <p className="part-error-rest">{t('partError.rest')}</p>
      <p className="part-error-actions">
        {action && (
          <button type="button" onClick={action.run}>
            {action.label}
          </button>
        )}
        <button type="button" onClick={onRetry}>
          {t('partError.retry')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('partError.close')}
          </button>
        )}
      </p>
    </div>
  );
}

/**
 * An error boundary around one part of the app: when the part throws while it renders (or in its
 * effects), it is replaced by a message and the rest of the page keeps working, instead of React
 * unmounting everything. Key it by what the part shows to start afresh when that changes.
 */
export class PartBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Alliance Map: the part "${this.props.part}" failed:`, error, info.componentStack);
  }

  render(): ReactNode {
    const { part, children, onClose, action } = this.props;
    if (this.state.error === null) return children;
    // Closing also clears the failure: a part that stays mounted (the import layer) shows again next time.
    const close = onClose
      ? () => {
          this.setState({ error: null });
          onClose();
        }
      : undefined;
    return <PartFailure part={part} onClose={close} action={action} onRetry={() => this.setState({ error: null })} />;
  }
}
