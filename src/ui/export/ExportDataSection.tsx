import { useTranslation } from 'react-i18next';
import type { ExportContext, ExportedFile } from '../../export/actions';
import type { Actions } from './ExportMenu';
import { ExportItem } from './ExportItem';

// The export menu's data items: the app's JSON, the CSV tables, the graph files (GEXF, GraphML).

export type RunExport = (make: (actions: Actions, context: ExportContext) => ExportedFile | Promise<ExportedFile>) => Promise<void>;

export function ExportDataSection({ busy, run }: { busy: boolean; run: RunExport }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('export.data')}>
      <h3>{t('export.data')}</h3>
      <ul>
        <ExportItem
          testId="export-json-all"
          label={t('export.jsonAll')}
          hint={t('export.jsonHint')}
          disabled={busy}
          onClick={() => void run((a, c) => a.jsonFile(c, false))}
        />
        <ExportItem
          testId="export-json-filtered"
          label={t('export.jsonFiltered')}
          disabled={busy}
          onClick={() => void run((a, c) => a.jsonFile(c, true))}
        />
        <ExportItem
          testId="export-csv-actors"
          label={t('export.csvActors')}
          hint={t('export.csvHint')}
          disabled={busy}
          onClick={() => void run((a, c) => a.csvFile(c, 'actors'))}
        />
        <ExportItem
          testId="export-csv-alliances"
          label={t('export.csvAlliances')}
          disabled={busy}
          onClick={() => void run((a, c) => a.csvFile(c, 'alliances'))}
        />
        <ExportItem
          testId="export-gexf"
          label={t('export.gexf')}
          hint={t('export.graphHint')}
          disabled={busy}
          onClick={() => void run((a, c) => a.graphFile(c, 'gexf'))}
        />
        <ExportItem
          testId="export-graphml"
          label={t('export.graphml')}
          disabled={busy}
          onClick={() => void run((a, c) => a.graphFile(c, 'graphml'))}
        />
      </ul>
    </section>
  );
}
