import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmbedBar } from '../ui/EmbedBar';
import { fullMapUrl } from './embedLinks';

/** An embedded map's slim bar: its title, the search if the snippet asks for it, the way to the full map. */
export function EmbedChrome({ title, search }: { title: string | undefined; search?: ReactNode }) {
  const { t } = useTranslation();
  return <EmbedBar title={title ?? t('app.name')} fullMapUrl={fullMapUrl(window.location.href)} search={search ?? null} />;
}
