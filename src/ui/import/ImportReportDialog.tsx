import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportView } from '../../app/useDataset';
import type { Lang } from '../../domain/types';
import { downloadBlob } from '../../export/download';
import { exportFileName } from '../../export/fileNames';
import { noteWords, placeText, refusalText } from '../../import/messages';
import type { ImportReport, Note } from '../../import/report';
import { formatName, notesOf, columnUseText } from '../../import/reportText';
import { problemMessage } from '../../model/messages';
import { useModalDialog } from '../useModalDialog';
import { TemplateLinks } from './TemplateLinks';
import { DialogHead } from '../DialogHead';
import './import.css';

interface Props {
  view: ImportView;
  /** Shows the imported map; null when it is shown already or cannot be. */
  onAccept: (() => void) | null;
  /** Opens the column dialog; null when nothing was read. */
  onAdjust: (() => void) | null;
  onClose: () => void;
}

function NoteList({ notes, lang, testId }: { notes: Note[]; lang: Lang; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul data-testid={testId}>
      {notes.map((note, index) => {
        const words = noteWords(note, lang);
        const where = placeText(note, lang);
        return (
          <li key={index}>
            {where && (
              <span className="import-where">
                {where}
                {lang === 'fr' ? ' : ' : ': '}
              </span>
            )}
            {words.what}
            {words.fix && <span className="import-fix"> {t('importer.fix', { fix: words.fix })}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function Columns({ report, lang }: { report: ImportReport; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <>
      {report.tables.map((table) => (
        <div key={`${table.kind}|${table.file}|${table.sheet ?? ''}`}>
          <h4>
            {t(table.kind === 'actors' ? 'importer.table_actors' : 'importer.table_alliances', {
              where: table.sheet ? `${table.file} › ${table.sheet}` : table.file,
              rows: table.rows,
            })}
          </h4>
          <ul className="import-columns">
            {table.columns.map((column) => (
              <li key={column.name}>
                <code>{column.name}</code> → {columnUseText(column.use, lang)}
                {column.private && ` (${t('importer.private')})`}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The import report: what was read, skipped, recognised or not, and what to fix; accept or not. */
export function ImportReportDialog({ view, onAccept, onAdjust, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const titleId = useId();
  const { dialogRef, onBackdropClick } = useModalDialog(onClose);
  const { outcome } = view.imported;
  const report = outcome.ok ? outcome.conversion.report : null;
  const file = outcome.ok ? outcome.conversion.file : null;
  const sections = report
    ? ([
        ['skipped', t('importer.skipped')],
        ['unrecognised', t('importer.toCheck')],
      ] as const)
    : [];
  const recognised = report ? notesOf(report, 'recognised') : [];
  const clean = report !== null && report.notes.length === recognised.length && report.problems.length === 0;

  const download = () => {
    if (!file) return;
    downloadBlob(
      new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json;charset=utf-8' }),
      exportFileName(file.meta, 'json'),
    );
  };

  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby={titleId} data-testid="import-report" onClick={onBackdropClick}>
      <div className="import-inner">
        <DialogHead prefix="import" titleId={titleId} title={t('importer.title')} closeLabel={t('importer.close')} onClose={onClose} />
        <p className="import-files">{t('importer.files', { names: view.imported.sourceName })}</p>
        {!outcome.ok && (
          <p className="import-refused" role="alert" data-testid="import-refused">
            {t('importer.refused', { reason: refusalText(outcome.reason, outcome.detail, lang) })}
          </p>
        )}
        {report && (
          <p className="import-summary" data-testid="import-summary">
            {t('importer.summary', { format: formatName(report.format), actors: report.actors, alliances: report.alliances })}
          </p>
        )}
        {report && report.problems.length > 0 && (
          <section className="import-problems" role="alert">
            <h3>{t('importer.problems')}</h3>
            <ul>
              {report.problems.map((problem, index) => (
                <li key={index}>
                  {problem.path && <code>{problem.path}</code>} {problemMessage(problem, lang)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {report && report.actors === 0 && <p className="import-refused">{t('importer.noActor')}</p>}
        {clean && <p>{t('importer.clean')}</p>}
        {report &&
          sections.map(([id, title]) => {
            const notes = notesOf(report, id);
            return notes.length === 0 ? null : (
              <section key={id}>
                <h3>{title}</h3>
                <NoteList notes={notes} lang={lang} testId={`import-${id}`} />
              </section>
            );
          })}
        {recognised.length > 0 && (
          <details>
            <summary>{t('importer.recognised')}</summary>
            <NoteList notes={recognised} lang={lang} testId="import-recognised" />
          </details>
        )}
        {report && (
          <details>
            <summary>{t('importer.columns')}</summary>
            <Columns report={report} lang={lang} />
          </details>
        )}
        <TemplateLinks lang={lang} />
        {onAccept && <p className="import-kept">{t('importer.mapKept')}</p>}
        <div className="import-actions">
          {onAccept && (
            <button type="button" className="import-primary" onClick={onAccept} data-testid="import-accept">
              {t('importer.accept')}
            </button>
          )}
          {file && report && report.problems.length === 0 && report.actors > 0 && (
            <button type="button" onClick={download} data-testid="import-download">
              {t('importer.download')}
            </button>
          )}
          {onAdjust && (
            <button type="button" onClick={onAdjust} data-testid="import-adjust">
              {t('importer.adjust')}
            </button>
          )}
          <button type="button" onClick={onClose} data-testid="import-cancel">
            {onAccept ? t('importer.cancel') : t('importer.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
