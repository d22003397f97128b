import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type { DataMeta, SourceRef } from '../../model/types';
import { attributeText, fieldName, humanizeKey, safeHref } from './describe';
import { ProvenanceMark } from './ProvenanceMark';
import { quoted } from './quoted';

/** The quotes an element's facts rest on, folded by default: they can be many. */
export function SourceList({ sources, meta, lang }: { sources: SourceRef[] | undefined; meta: DataMeta; lang: Lang }) {
  const { t } = useTranslation(undefined, { lng: lang });
  if (!sources || sources.length === 0) return null;
  const nameOf = (field: string) => fieldName(field, lang, (key) => t(`actor.fields.${key}`));
  return (
    <details className="actor-sources">
      <summary>{t('actor.sources', { count: sources.length })}</summary>
      <ul>
        {sources.map((source, index) => {
          const doc = meta.sources?.find((candidate) => candidate.id === source.doc);
          const href = safeHref(doc?.url);
          const title = doc?.title ?? source.doc;
          return (
            <li key={index} className={source.reason !== undefined ? 'actor-source-reading' : undefined}>
              {source.reason !== undefined && (
                <p className="actor-source-reason">
                  <strong>{t('provenance.readingTitle')}</strong>
                  {t('provenance.colon')}
                  <span lang={meta.lang}>{source.reason}</span>
                </p>
              )}
              {source.quote !== undefined && <blockquote lang={meta.lang}>{quoted(source.quote, lang)}</blockquote>}
              <p className="actor-source-meta">
                {title !== undefined && (
                  <>
                    —{' '}
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        <cite>{title}</cite>
                      </a>
                    ) : (
                      <cite>{title}</cite>
                    )}
                    {source.fields && source.fields.length > 0 && ' · '}
                  </>
                )}
                {source.fields && source.fields.length > 0 && (
                  <span className="actor-source-fields">
                    {t('actor.supports', { fields: [...new Set(source.fields.map(nameOf))].join(', ') })}
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

interface AttributeListProps {
  attributes: Record<string, unknown> | undefined;
  lang: Lang;
  /** The element's citations and the file's meta: each attribute says who states it. */
  sources: readonly SourceRef[] | undefined;
  meta: DataMeta;
}

/** Any other properties of an element, as a list of names and plain-text values (lists item by item), each with its provenance. */
export function AttributeList({ attributes, lang, sources, meta }: AttributeListProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  const yesNo: [string, string] = [t('actor.yes'), t('actor.no')];
  return (
    <dl className="actor-attributes">
      {entries.map(([key, value]) => (
        <div key={key} className="actor-attribute">
          <dt>
            {humanizeKey(key)}{' '}
            <ProvenanceMark sources={sources} fact={`attributes.${key}`} name={humanizeKey(key)} meta={meta} lang={lang} />
          </dt>
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
