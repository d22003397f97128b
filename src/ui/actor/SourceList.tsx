import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { fr } from '../../i18n/fr';
import { isKeyOf } from '../../i18n/keys';
import type { DataMeta, SourceRef } from '../../model/types';
import { attributeText, humanizeKey, safeHref } from './describe';

export function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** The quotes an element's facts rest on, folded by default: they can be many. */
export function SourceList({ sources, meta, lang }: { sources: SourceRef[] | undefined; meta: DataMeta; lang: Lang }) {
  const { t } = useTranslation(undefined, { lng: lang });
  if (!sources || sources.length === 0) return null;
  const fieldName = (field: string) => {
    // The fields the data format defines are the ones the catalogue names.
    if (isKeyOf(fr.actor.fields, field)) return t(`actor.fields.${field}`);
    if (field.startsWith('attributes.')) return humanizeKey(field.slice('attributes.'.length));
    return field;
  };
  return (
    <details className="actor-sources">
      <summary>{t('actor.sources', { count: sources.length })}</summary>
      <ul>
        {sources.map((source, index) => {
          const doc = meta.sources?.find((candidate) => candidate.id === source.doc);
          const href = safeHref(doc?.url);
          const title = doc?.title ?? source.doc;
          return (
            <li key={index}>
              {source.quote !== undefined && <blockquote lang={meta.lang}>{quoted(source.quote, lang)}</blockquote>}
              <p className="actor-source-meta">
                —{' '}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    <cite>{title}</cite>
                  </a>
                ) : (
                  <cite>{title}</cite>
                )}
                {source.fields && source.fields.length > 0 && (
                  <span className="actor-source-fields">
                    {' '}
                    · {t('actor.supports', { fields: [...new Set(source.fields.map(fieldName))].join(', ') })}
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Any other properties of an element, as a list of names and plain-text values (lists item by item). */
export function AttributeList({ attributes, lang }: { attributes: Record<string, unknown> | undefined; lang: Lang }) {
  const { t } = useTranslation(undefined, { lng: lang });
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  const yesNo: [string, string] = [t('actor.yes'), t('actor.no')];
  return (
    <dl className="actor-attributes">
      {entries.map(([key, value]) => (
        <div key={key} className="actor-attribute">
          <dt>{humanizeKey(key)}</dt>
          <dd>
            {Array.isArray(value) && value.length > 1 ? (
              <ul className="actor-attribute-items">
                {value.map((item, index) => (
                  <li key={index}>{attributeText(item, lang, yesNo)}</li>
                ))}
              </ul>
            ) : (
              attributeText(value, lang, yesNo)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
