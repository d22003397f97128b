import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { TEMPLATE_FILES, TEMPLATES_DIR } from './templates';

/** Links to the spreadsheet templates, in the interface language (French or English columns). */
export function TemplateLinks({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const files = TEMPLATE_FILES[lang];
  const links = [
    [files.actors, t('importer.templateActors')],
    [files.alliances, t('importer.templateAlliances')],
    [files.xlsx, t('importer.templateXlsx')],
    [files.ods, t('importer.templateOds')],
  ] as const;
  return (
    <p className="import-templates" data-testid="import-templates">
      {t('importer.templates')}{' '}
      {links.map(([file, label], index) => (
        <span key={file}>
          {index > 0 && ' · '}
          <a href={`${TEMPLATES_DIR}${file}`} download={file}>
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}
