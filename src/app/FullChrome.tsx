import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataOriginNotice } from '../ui/DataOriginNotice';
import { Header } from '../ui/Header';
import { SkipLink } from '../ui/SkipLink';

/** The session's tools in the header, once its map is drawn. */
export interface HeaderTools {
  onPresent: () => void;
  storiesOpen: boolean;
  onStories: () => void;
  onShare: () => void;
  exportMenu: ReactNode;
}

type Props = Omit<ComponentProps<typeof Header>, 'actions' | 'search'> & {
  search?: ReactNode;
  tools?: HeaderTools | null;
  /** Map, table or summary. */
  viewSwitch?: ReactNode;
  /** Where the data file was read from (after redirects): named below the header when another site. */
  dataUrl?: string;
};

/** The full app's header: the dataset, search, present, stories, share, export, open, language. */
export function FullChrome({ tools, viewSwitch, dataUrl, ...header }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Header
        {...header}
        search={header.search ?? null}
        actions={
          tools && (
            <>
              <div className="app-menu-views" data-closes-menu>
                {viewSwitch}
              </div>
              <button type="button" onClick={tools.onPresent} title={t('present.startTitle')} data-testid="present-button" data-closes-menu>
                {t('present.start')}
              </button>
              <button
                type="button"
                onClick={tools.onStories}
                aria-expanded={tools.storiesOpen}
                data-testid="stories-button"
                data-closes-menu
              >
                {t('present.editor.title')}
              </button>
              <button type="button" onClick={tools.onShare} data-testid="share-button">
                {t('share.button')}
              </button>
              {tools.exportMenu}
            </>
          )
        }
      />
      <DataOriginNotice dataUrl={dataUrl} />
    </>
  );
}
