import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataOriginNotice } from '../ui/DataOriginNotice';
import { EmbedBar } from '../ui/EmbedBar';
import { fullMapUrl } from './embedLinks';

interface Props {
  title: string | undefined;
  search?: ReactNode;
  /** Where the data file was read from (after redirects): named below the bar when another site. */
  dataUrl?: string;
}

/** An embedded map's slim bar: its title, the search if the snippet asks for it, the way to the full map. */
export function EmbedChrome({ title, search, dataUrl }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <EmbedBar title={title ?? t('app.name')} fullMapUrl={fullMapUrl(window.location.href)} search={search ?? null} />
      <DataOriginNotice dataUrl={dataUrl} />
    </>
  );
}
