import { useTranslation } from 'react-i18next';
import type { ImportView } from '../../app/useDataset';

const FORMAT_NAMES: Record<string, string> = {
  csv: 'CSV',
  xlsx: 'Excel',
  ods: 'LibreOffice',
  gexf: 'GEXF',
  graphml: 'GraphML',
  'graphology-json': 'graphology JSON',
  'cytoscape-json': 'Cytoscape.js JSON',
};

interface Props {
  view: ImportView | null;
  canGoBack: boolean;
  onReport: () => void;
  onBack: () => void;
  onDismiss: () => void;
}

/** A map shown from an import: where it came from, its report one click away, the way back. */
export function ImportNotice({ view, canGoBack, onReport, onBack, onDismiss }: Props) {
  const { t } = useTranslation();
  const report = view?.imported.outcome.ok ? view.imported.outcome.conversion.report : null;
  return (
    <div className="import-notice" role="status" data-testid="import-notice">
      {report && view && (
        <span>
          {t('importer.notice', {
            name: view.imported.sourceName,
            format: FORMAT_NAMES[report.format] ?? report.format,
            actors: report.actors,
            alliances: report.alliances,
          })}
        </span>
      )}
      {report && (
        <button type="button" onClick={onReport} data-testid="import-show-report">
          {t('importer.showReport')}
        </button>
      )}
      {canGoBack && (
        <button type="button" onClick={onBack} data-testid="import-back">
          {t('importer.back')}
        </button>
      )}
      <button type="button" className="import-notice-close" onClick={onDismiss} aria-label={t('importer.close')}>
        ×
      </button>
    </div>
  );
}
