import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useDataset } from '../../app/useDataset';
import { ImportNotice } from './ImportNotice';

// The report and the column dialog, with the importers' wording, are a chunk of their own.
const ImportReportDialog = lazy(() => import('./ImportReportDialog').then((module) => ({ default: module.ImportReportDialog })));
const ColumnMappingDialog = lazy(() => import('./ColumnMappingDialog').then((module) => ({ default: module.ColumnMappingDialog })));

type Datasets = ReturnType<typeof useDataset>;

/**
 * What an import shows over the map: its report first when it waits for the user's accept (the
 * map on screen stays), else a notice with the report one click away; after an accept, the way
 * back to the previous map; and the column dialog that converts the import again.
 */
export function ImportLayer({ datasets }: { datasets: Datasets }) {
  const { t } = useTranslation();
  const { importView, previous } = datasets;
  const [reportOpen, setReportOpen] = useState(false);
  const [mappingOpen, setMappingOpen] = useState(false);
  if (!importView && !previous) return null;
  const waiting = importView !== null && !importView.shown;
  const outcome = importView?.imported.outcome;
  return (
    <>
      {!waiting && (importView || previous) && (
        <ImportNotice
          view={importView}
          canGoBack={previous !== null}
          onReport={() => setReportOpen(true)}
          onBack={datasets.backToPrevious}
          onDismiss={datasets.dismissImport}
        />
      )}
      <Suspense fallback={null}>
        {importView && (waiting || reportOpen) && !mappingOpen && (
          <ImportReportDialog
            view={importView}
            onAccept={waiting && importView.dataset ? datasets.acceptImport : null}
            onAdjust={outcome?.ok ? () => setMappingOpen(true) : null}
            onClose={() => {
              setReportOpen(false);
              if (waiting) datasets.dismissImport();
            }}
          />
        )}
        {mappingOpen && outcome?.ok && (
          <ColumnMappingDialog
            raw={outcome.raw}
            mapping={outcome.mapping}
            onApply={(mapping) => {
              setMappingOpen(false);
              void datasets.remapImport(mapping);
            }}
            onClose={() => setMappingOpen(false)}
          />
        )}
      </Suspense>
      {waiting && <p className="visually-hidden">{t('importer.mapKept')}</p>}
    </>
  );
}
