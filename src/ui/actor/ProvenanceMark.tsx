import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { provenanceOf, weakest, type Provenance } from '../../model/provenance';
import type { DataMeta, SourceRef } from '../../model/types';
import { quoted } from './quoted';

export interface ProvenanceMarkProps {
  sources: readonly SourceRef[] | undefined;
  /** The fact (`kind`, `sdgs`, `attributes.vision`), or several read as one (`start` and `end` of a period). */
  fact: string | readonly string[];
  /** One item of a list fact: an SDG number, a support code, a region code. */
  item?: string | number;
  /** What the fact is, in the reader's words: "Type", "ODD 13". */
  name: string;
  meta: DataMeta;
  lang: Lang;
}

/** Who says a fact, several facts read as one: stated only when each is. */
function provenanceOfAll(sources: readonly SourceRef[] | undefined, facts: readonly string[], item?: string | number): Provenance {
  const each = facts.map((fact) => provenanceOf(sources, fact, item));
  const unique = (refs: SourceRef[]) => [...new Set(refs)];
  return {
    standing: weakest(each.map((one) => one.standing)),
    stated: unique(each.flatMap((one) => one.stated)),
    readings: unique(each.flatMap((one) => one.readings)),
  };
}

/** A quote and its document, as the source writes it. */
function Citation({ source, meta, lang }: { source: SourceRef; meta: DataMeta; lang: Lang }) {
  if (source.quote === undefined) return null;
  const title = meta.sources?.find((doc) => doc.id === source.doc)?.title ?? source.doc;
  return (
    <span className="prov-citation">
      <q lang={meta.lang}>{quoted(source.quote, lang)}</q>
      {title && <cite> — {title}</cite>}
    </span>
  );
}

/**
 * Beside a fact: whether the sources state it (a quote mark; the quote shows on hover, focus or
 * tap) or it is a reading by the map's author (marked "lecture"; the reason shows the same way).
 * Nothing for a fact no citation supports. Escape hides the note; every text of the file is text.
 */
export function ProvenanceMark({ sources, fact, item, name, meta, lang }: ProvenanceMarkProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const tipId = useId();
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const provenance = provenanceOfAll(sources, typeof fact === 'string' ? [fact] : fact, item);
  if (provenance.standing === 'none') return null;
  const reading = provenance.standing === 'reading';
  const shown = (pinned || hovered || focused) && !dismissed;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape' || !shown) return;
    event.stopPropagation(); // the note closes, not the panel
    setPinned(false);
    setDismissed(true);
  };
  const leave = (set: (value: boolean) => void) => () => {
    set(false);
    setDismissed(false);
  };

  return (
    <span
      className={`prov prov-${provenance.standing}`}
      data-provenance={provenance.standing}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={leave(setHovered)}
    >
      <button
        type="button"
        className="prov-mark"
        aria-label={t(reading ? 'provenance.readingButton' : 'provenance.quotedButton', { fact: name })}
        aria-describedby={tipId}
        aria-expanded={shown}
        onClick={() => {
          setDismissed(false);
          setPinned(!pinned);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          leave(setFocused)();
          setPinned(false);
        }}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">{reading ? t('provenance.reading') : '❝'}</span>
      </button>
      <span id={tipId} role="tooltip" className={`prov-tip${shown ? ' is-shown' : ''}`}>
        {reading ? (
          <>
            <strong className="prov-tip-title">{t('provenance.readingTitle')}</strong>
            {provenance.readings.map((source, index) => (
              <span key={index} className="prov-reading">
                <span lang={meta.lang}>{source.reason}</span>
                {source.quote !== undefined && (
                  <span className="prov-reads">
                    {t('provenance.readsFrom')} <Citation source={source} meta={meta} lang={lang} />
                  </span>
                )}
              </span>
            ))}
          </>
        ) : (
          <>
            <strong className="prov-tip-title">{t('provenance.quotedTitle')}</strong>
            {provenance.stated.map((source, index) => (
              <Citation key={index} source={source} meta={meta} lang={lang} />
            ))}
          </>
        )}
      </span>
    </span>
  );
}

/** A provenance mark for one fact of an element, after a space. */
export type Mark = (fact: ProvenanceMarkProps['fact'], name: string, item?: string | number) => ReactNode;

/** Marks for the facts of one element. */
export function marksOf(sources: ProvenanceMarkProps['sources'], meta: DataMeta, lang: Lang): Mark {
  return function mark(fact, name, item) {
    return (
      <>
        {' '}
        <ProvenanceMark sources={sources} fact={fact} item={item} name={name} meta={meta} lang={lang} />
      </>
    );
  };
}
