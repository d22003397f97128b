import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type * as ExportActions from '../../export/actions';
import type { ExportContext, ExportedFile } from '../../export/actions';
import { downloadBlob } from '../../export/download';
import { formatNumber } from '../../i18n/format';
import type { Dataset } from '../../load/loadData';
import type { MapViewport } from '../../map/mapHandle';
import type { Appearance } from '../../view/appearance';
import type { Positions, Visibility } from '../../view/types';
import { ExportDataSection } from './ExportDataSection';
import { ExportItem } from './ExportItem';
import './export.css';

export interface ExportMenuProps {
  dataset: Dataset; // src/load/loadData.ts
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  viewport: () => MapViewport | null; // from MapHandle.viewport
  viewQuery: string; // the current view's query string (serializeViewState)
  lang: Lang;
}

// The exporters (SVG drawing, PNG, CSV/JSON, the single-file map) are their own chunk, loaded
// when the menu is about to be used: the first frame does not need them.
export type Actions = typeof ExportActions;
let actionsModule: Promise<Actions> | null = null;
function loadActions(): Promise<Actions> {
  actionsModule ??= import('../../export/actions').catch((error: unknown) => {
    actionsModule = null; // a later attempt may succeed (e.g. the network came back)
    throw error;
  });
  return actionsModule;
}

type Status = { state: 'working' | 'done' | 'failed'; text: string } | null;

const SCALES = [1, 2, 4] as const;

/**
 * "Exporter" in the header: a small dialog of buttons (pictures of the current view, data, the
 * stand-alone map). Focus moves into it on opening and back to the button on closing; Escape,
 * a click outside or tabbing out closes it; arrow keys move between its buttons.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { dataset, lang } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [pictureSize, setPictureSize] = useState<{ width: number; height: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const titleId = useId();

  // Called from the click handlers, with the props of the render the click happened in.
  const context = (): ExportContext => ({
    dataset: props.dataset,
    appearance: props.appearance,
    positions: props.positions,
    visibility: props.visibility,
    viewport: props.viewport(),
    viewQuery: props.viewQuery,
    lang: props.lang,
    pageUrl: window.location.href,
  });

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const toggle = () => {
    if (open) {
      close(false);
      return;
    }
    setPictureSize(null);
    setStatus(null);
    setOpen(true);
    // The PNG sizes are hints: they appear once the exporters are loaded (at once when already).
    loadActions()
      .then(({ drawing }) => {
        const { width, height } = drawing(context());
        setPictureSize({ width, height });
      })
      .catch(() => setPictureSize(null));
  };

  // On opening, focus goes to the first item.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && !panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const run = async (make: (actions: Actions, context: ExportContext) => ExportedFile | Promise<ExportedFile>) => {
    if (busy) return;
    setBusy(true);
    setStatus({ state: 'working', text: t('export.working', { name: '…' }) });
    let actions: Actions | null = null;
    try {
      actions = await loadActions();
      const file = await make(actions, context());
      downloadBlob(file.blob, file.name);
      setStatus({ state: 'done', text: t('export.done', { name: file.name }) });
      close(true);
    } catch (error) {
      const reason =
        actions && error instanceof actions.ViewerMissingError
          ? t('export.viewerMissing')
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus({ state: 'failed', text: t('export.failed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const items = [...(panelRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    if (items.length === 0) return;
    event.preventDefault();
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : event.key === 'ArrowDown'
            ? (index + 1) % items.length
            : (index - 1 + items.length) % items.length;
    items[next]?.focus();
  };

  // Tabbing out of the menu closes it (focus goes where the user sent it).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && !panelRef.current?.contains(next) && !buttonRef.current?.contains(next)) close(false);
  };

  const size = (scale: number) =>
    pictureSize
      ? t('export.pngHint', {
          width: formatNumber(Math.round(pictureSize.width * scale), lang),
          height: formatNumber(Math.round(pictureSize.height * scale), lang),
        })
      : '';

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="export-menu-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title={t('export.buttonTitle')}
        data-testid="export-menu-button"
        onClick={toggle}
        onPointerEnter={() => void loadActions().catch(() => undefined)}
        onFocus={() => void loadActions().catch(() => undefined)}
      >
        {t('export.button')}
      </button>
      {open && (
        <div
          id={panelId}
          ref={panelRef}
          className="export-panel"
          role="dialog"
          aria-labelledby={titleId}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        >
          <h2 id={titleId} className="export-title">
            {t('export.title')}
          </h2>
          <section aria-label={t('export.images')}>
            <h3>{t('export.images')}</h3>
            <ul>
              {SCALES.map((scale) => (
                <ExportItem
                  key={scale}
                  testId={`export-png-${scale}`}
                  label={t('export.png', { scale })}
                  hint={size(scale)}
                  disabled={busy}
                  onClick={() => void run((a, c) => a.pngFile(c, scale))}
                />
              ))}
              <ExportItem testId="export-svg" label={t('export.svg')} disabled={busy} onClick={() => void run((a, c) => a.svgFile(c))} />
            </ul>
          </section>
          <ExportDataSection busy={busy} run={run} />
          <section aria-label={t('export.html')}>
            <ul>
              <ExportItem
                testId="export-html"
                label={t('export.html')}
                hint={t('export.htmlHint')}
                disabled={busy}
                onClick={() => void run((a, c) => a.htmlFile(c))}
              />
            </ul>
          </section>
          <button type="button" className="export-close" onClick={() => close(true)}>
            {t('export.close')}
          </button>
        </div>
      )}
      <p
        className={`export-status${status ? ` export-status-${status.state}` : ''}`}
        role="status"
        aria-live="polite"
        data-testid="export-status"
        data-dataset={dataset.sourceName}
      >
        {status?.text ?? ''}
      </p>
    </div>
  );
}
