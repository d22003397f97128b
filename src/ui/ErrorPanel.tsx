import { useTranslation } from 'react-i18next';
import { foreignSite } from '../load/dataOrigin';
import type { LoadFailure } from '../load/loadData';
import { problemMessage } from '../model/messages';

const PROBLEMS_SHOWN = 5;

interface Props {
  failure: LoadFailure;
  mapShown: boolean;
  onDismiss: () => void;
}

/** Says in plain words what went wrong and where; the map already shown stays usable. */
export function ErrorPanel({ failure, mapShown, onDismiss }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  return (
    <section className="error-panel" role="alert" data-testid="load-error">
      {failure.reason === 'invalid' ? (
        <>
          <h2>{t('errors.invalidTitle', { name: failure.sourceName, count: failure.problems.length })}</h2>
          <ul>
            {failure.problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
              <li key={index}>
                {problem.path && <code>{problem.path}</code>}
                {problem.path && (lang === 'fr' ? ' : ' : ': ')}
                {problemMessage(problem, lang)}
                {problem.line !== undefined && <span className="error-line"> ({t('errors.line', { line: problem.line })})</span>}
              </li>
            ))}
          </ul>
          {failure.problems.length > PROBLEMS_SHOWN && <p>{t('errors.more', { count: failure.problems.length - PROBLEMS_SHOWN })}</p>}
          <p className="error-hint">{t('errors.fixHint')}</p>
        </>
      ) : (
        <>
          <h2>{t('errors.title')}</h2>
          <p>
            {failure.reason === 'fetch'
              ? t('errors.fetchFailed', {
                  url: failure.sourceName,
                  reason: failure.status === null ? t('errors.fetchNetwork') : t('errors.fetchStatus', { status: failure.status }),
                })
              : failure.reason === 'origin'
                ? t('errors.originRefused', {
                    url: failure.sourceName,
                    site: foreignSite(failure.sourceName, window.location.href) ?? failure.sourceName,
                  })
                : t('errors.readFailed', { name: failure.sourceName })}
          </p>
        </>
      )}
      {mapShown && <p className="error-kept">{t('errors.mapKept')}</p>}
      <button type="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </section>
  );
}
