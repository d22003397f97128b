import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatDataDate } from '../../i18n/format';
import type { ActorRecord, DataMeta } from '../../model/types';
import { ShapeIcon } from '../ShapeIcon';
import { safeHref, scopeName } from './describe';
import { marksOf } from './ProvenanceMark';
import { SdgBadge } from './SdgBadge';

// The facts of an actor's panel, each with who states it (ProvenanceMark): territory, creation,
// web site, SDGs, members. Every text of the file is rendered as text.

interface Props {
  actor: ActorRecord;
  meta: DataMeta;
  lang: Lang;
}

/** An address shown without its scheme and trailing slash: "www.villesaucarre.fr/projets". */
function shortUrl(href: string): string {
  return href.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** Territory, creation and web site. */
export function ActorFacts({ actor, meta, lang }: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  const mark = marksOf(actor.sources, meta, lang);
  const href = safeHref(actor.url);
  const regions = (actor.regions ?? []).map((code) => scopeName(code, lang));
  if (regions.length === 0 && !actor.founded && !actor.url) return null;
  return (
    <dl className="actor-facts">
      {regions.length > 0 && (
        <div>
          <dt>{t('actor.regions')}</dt>
          <dd>
            {regions.join(', ')}
            {mark('regions', t('actor.regions'))}
          </dd>
        </div>
      )}
      {actor.founded && (
        <div>
          <dt>{t('actor.founded')}</dt>
          <dd>
            {formatDataDate(actor.founded, lang)}
            {mark('founded', t('actor.founded'))}
          </dd>
        </div>
      )}
      {actor.url && (
        <div>
          <dt>{t('actor.link')}</dt>
          <dd>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" className="actor-link">
                {shortUrl(href)}
                <span className="visually-hidden"> {t('actor.newTab')}</span>
              </a>
            ) : (
              <span className="actor-link-text">{actor.url}</span>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The actor's own SDGs, each with who states it, then those it has only through its alliances. */
export function ActorSdgs({ actor, meta, lang, own, viaAlliances }: Props & { own: number[]; viaAlliances: number[] }) {
  const { t } = useTranslation(undefined, { lng: lang });
  const mark = marksOf(actor.sources, meta, lang);
  if (own.length === 0 && viaAlliances.length === 0) return null;
  const prefix = lang === 'fr' ? 'ODD' : 'SDG';
  return (
    <section className="actor-section actor-sdgs">
      <h3>{t('actor.sdgs')}</h3>
      {own.length > 0 && (
        <ul className="sdg-list">
          {own.map((sdg) => (
            <li key={sdg} data-sdg={sdg}>
              <SdgBadge number={sdg} lang={lang} />
              {mark('sdgs', `${prefix} ${sdg}`, sdg)}
            </li>
          ))}
        </ul>
      )}
      {viaAlliances.length > 0 && (
        <>
          <p className="sdg-via-label">{t('actor.sdgsViaAlliances')}</p>
          <ul className="sdg-list sdg-list-via">
            {viaAlliances.map((sdg) => (
              <li key={sdg}>
                <SdgBadge number={sdg} lang={lang} via viaText={t('actor.sdgViaAlliances')} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A group node: how many actors it stands for, and who they are. */
export function ActorMembers({ actor, meta, lang }: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  if (!actor.members) return null;
  return (
    <section className="actor-section actor-members">
      <h3>{t('actor.members')}</h3>
      <p className="actor-group">
        <ShapeIcon shape="ellipse" colour="#B9BEC6" double size={16} />
        {actor.members.count !== undefined ? t('actor.groupCount', { count: actor.members.count }) : t('actor.group')}
        {marksOf(actor.sources, meta, lang)('members', t('actor.members'))}
      </p>
      {actor.members.note && <p>{actor.members.note}</p>}
    </section>
  );
}
