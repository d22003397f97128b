import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_EMBED_OPTIONS, embedSnippet, embedUrl, shareUrl, type EmbedOptions } from '../../share/embedUrl';
import { EMBED_PANELS, toOrigin, type ViewState } from '../../url-state';
import { useModalDialog } from '../useModalDialog';
import { CopyButton } from './CopyButton';
import { DialogHead } from '../DialogHead';
import './share.css';

interface Props {
  state: ViewState;
  title: string;
  /** The map shown was opened from the reader's disk: others cannot open it by a link. */
  localFile: boolean;
  onClose: () => void;
}

const MIN_HEIGHT = 240;
const MAX_HEIGHT = 1080;

/** "Share": the link to this view, and an embed snippet with its options and a live preview. */
export function ShareDialog({ state, title, localFile, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { dialogRef, onBackdropClick } = useModalDialog(onClose);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [originsText, setOriginsText] = useState('');

  const link = shareUrl(window.location.href, state);
  const src = useMemo(() => embedUrl(window.location.href, state, options), [state, options]);
  const snippet = embedSnippet(src, title, options.height);
  const badOrigins = originsText.split(/[\s,]+/).filter((item) => item !== '' && toOrigin(item) === null);

  const setOrigins = (text: string) => {
    setOriginsText(text);
    const origins = text
      .split(/[\s,]+/)
      .map((item) => toOrigin(item))
      .filter((origin): origin is string => origin !== null);
    setOptions({ ...options, origins });
  };

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={titleId} data-testid="share-dialog" onClick={onBackdropClick}>
      <div className="share-inner">
        <DialogHead prefix="share" titleId={titleId} title={t('share.title')} closeLabel={t('share.close')} onClose={onClose} />
        {localFile && <p className="share-warning">{t('share.localFile')}</p>}

        <section>
          <h3>{t('share.link')}</h3>
          <div className="share-row">
            <input readOnly value={link} aria-label={t('share.link')} data-testid="share-link" onFocus={(event) => event.target.select()} />
            <CopyButton text={link} testId="share-copy-link" />
          </div>
        </section>

        <section>
          <h3>{t('share.embed')}</h3>
          <div className="share-options">
            <label>
              {t('share.height')}
              <input
                type="number"
                min={MIN_HEIGHT}
                max={MAX_HEIGHT}
                step={10}
                value={options.height}
                data-testid="share-height"
                onChange={(event) => {
                  const height = Number(event.target.value);
                  if (Number.isFinite(height)) setOptions({ ...options, height: Math.min(Math.max(height, MIN_HEIGHT), MAX_HEIGHT) });
                }}
              />
            </label>
            <fieldset>
              <legend>{t('share.panels')}</legend>
              {EMBED_PANELS.map((panel) => (
                <label key={panel}>
                  <input
                    type="checkbox"
                    checked={options.panels.includes(panel)}
                    data-testid={`share-panel-${panel}`}
                    onChange={(event) =>
                      setOptions({
                        ...options,
                        panels: event.target.checked ? [...options.panels, panel] : options.panels.filter((item) => item !== panel),
                      })
                    }
                  />
                  {t(`share.panel.${panel}`)}
                </label>
              ))}
            </fieldset>
            <label className="share-check">
              <input
                type="checkbox"
                checked={options.currentView}
                data-testid="share-current-view"
                onChange={(event) => setOptions({ ...options, currentView: event.target.checked })}
              />
              {t('share.currentView')}
            </label>
            <label>
              {t('share.origins')}
              <input
                type="text"
                value={originsText}
                placeholder="https://www.mon-association.fr"
                data-testid="share-origins"
                aria-describedby={`${titleId}-origins`}
                onChange={(event) => setOrigins(event.target.value)}
              />
            </label>
            <p id={`${titleId}-origins`} className={badOrigins.length ? 'share-hint is-bad' : 'share-hint'}>
              {badOrigins.length ? t('share.badOrigins', { items: badOrigins.join(', ') }) : t('share.originsHelp')}
            </p>
          </div>
          <div className="share-row">
            <textarea
              readOnly
              value={snippet}
              rows={3}
              aria-label={t('share.snippet')}
              data-testid="share-snippet"
              onFocus={(event) => event.target.select()}
            />
            <CopyButton text={snippet} testId="share-copy-snippet" />
          </div>
          <h4>{t('share.preview')}</h4>
          <div className="share-preview">
            <iframe src={src} title={t('share.previewTitle', { title })} height={options.height} data-testid="share-preview" />
          </div>
        </section>
      </div>
    </dialog>
  );
}
