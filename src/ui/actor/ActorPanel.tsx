import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { localLabel } from '../../i18n/format';
import type { AllianceGraph } from '../../model/graph';
import { ShapeIcon } from '../ShapeIcon';
import { AllianceSection } from './AllianceList';
import { ActorFacts, ActorMembers, ActorSdgs } from './ActorFacts';
import { marksOf } from './ProvenanceMark';
import { actorAlliances, graphKindVisuals, splitSdgs, type PartnerAlliances } from './describe';
import { AttributeList, SourceList } from './SourceList';
import './actor.css';

export interface ActorPanelProps {
  graph: AllianceGraph;
  /** The actor shown. */
  id: string;
  lang: Lang;
  /** A partner was clicked. */
  onSelect: (id: string) => void;
  /** "Show only this actor and its neighbours". */
  onFocus: (id: string) => void;
  onClose: () => void;
}

/** For each group, the partners whose button carries the test id: their first appearance. */
function firstAppearances(groups: PartnerAlliances[][]): Set<string>[] {
  const seen = new Set<string>();
  return groups.map((group) => {
    const first = new Set<string>();
    for (const { partnerId } of group) {
      if (seen.has(partnerId)) continue;
      seen.add(partnerId);
      first.add(partnerId);
    }
    return first;
  });
}

// Descriptions longer than this start folded to a few lines, so that the alliances stay near.
const LONG_DESCRIPTION = 360;

function Description({ text, lang }: { text: string; lang: Lang }) {
  const { t } = useTranslation(undefined, { lng: lang });
  const long = text.length > LONG_DESCRIPTION;
  const [open, setOpen] = useState(!long);
  const textId = useId();
  return (
    <div className="actor-description-block">
      <p id={textId} className={`actor-description${open ? '' : ' actor-description-folded'}`}>
        {text}
      </p>
      {long && (
        <button type="button" className="actor-more" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)}>
          {open ? t('actor.less') : t('actor.more')}
        </button>
      )}
    </div>
  );
}

/**
 * Everything the data file says about one actor, then its alliances: received, given and
 * partnerships. Fills its container and scrolls inside it; the shell places it (side panel on
 * desktop, bottom sheet on a phone). Every text of the file is rendered as text, never as HTML.
 */
export function ActorPanel({ graph, id, lang, onSelect, onFocus, onClose }: ActorPanelProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const exists = graph.hasNode(id);
  const kinds = useMemo(() => graphKindVisuals(graph), [graph]);
  const alliances = useMemo(() => (exists ? actorAlliances(graph, id, lang) : null), [graph, id, lang, exists]);
  const sdgs = useMemo(() => (exists ? splitSdgs(graph, id) : null), [graph, id, exists]);

  // A new actor: move keyboard and screen-reader focus to its name, and scroll back to the top.
  // Unless it was chosen on the map with the keys: the focus stays there, and the map says it.
  useEffect(() => {
    if (!document.activeElement?.classList.contains('map-canvas')) headingRef.current?.focus();
    bodyRef.current?.scrollTo?.({ top: 0 });
  }, [id]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const closeButton = (
    <button type="button" className="actor-close" aria-label={t('actor.close')} title={t('actor.close')} onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );

  if (!exists || !alliances || !sdgs) {
    return (
      <aside className="actor-panel" data-testid="actor-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
        <div className="actor-panel-head">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('actor.unknown')}
          </h2>
          {closeButton}
        </div>
      </aside>
    );
  }

  const meta = graph.getAttributes();
  const actor = graph.getNodeAttributes(id);
  const label = localLabel(actor.label, actor.labels, lang);
  const visual = kinds.get(actor.kind);
  const kindName = visual?.names[lang] ?? actor.kind;
  const mark = marksOf(actor.sources, meta, lang);
  const groups = [alliances.received, alliances.given, alliances.partnerships];
  const [receivedIds, givenIds, partnershipIds] = firstAppearances(groups);
  const section = { graph, kinds, lang, onSelect };

  return (
    <aside className="actor-panel" data-testid="actor-panel" data-actor-id={id} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="actor-panel-head">
        <p className="actor-kind">
          <ShapeIcon
            shape={visual?.shape ?? 'ellipse'}
            colour={visual?.colour ?? '#777777'}
            double={actor.members !== undefined}
            size={20}
          />
          <span>
            {kindName}
            {mark('kind', t('actor.fields.kind'))}
          </span>
          {actor.category && (
            <span className="actor-category">
              {actor.category}
              {mark('category', t('actor.fields.category'))}
            </span>
          )}
        </p>
        <div className="actor-name">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {label}
          </h2>
          {mark('label', t('actor.fields.label'))}
        </div>
        {label !== actor.label && (
          <p className="actor-original-label" lang={meta.lang}>
            {actor.label}
          </p>
        )}
        {closeButton}
      </div>

      <div className="actor-panel-body" ref={bodyRef}>
        <button type="button" className="actor-focus" title={t('actor.focusTitle')} onClick={() => onFocus(id)}>
          {t('actor.focus')}
        </button>

        <ActorFacts actor={actor} meta={meta} lang={lang} />
        <ActorSdgs actor={actor} meta={meta} lang={lang} own={sdgs.own} viaAlliances={sdgs.viaAlliances} />
        <ActorMembers actor={actor} meta={meta} lang={lang} />

        {actor.description && <Description key={id} text={actor.description} lang={lang} />}

        {actor.attributes && Object.keys(actor.attributes).length > 0 && (
          <section className="actor-section">
            <h3>{t('actor.attributes')}</h3>
            <AttributeList attributes={actor.attributes} lang={lang} sources={actor.sources} meta={meta} />
          </section>
        )}

        <SourceList sources={actor.sources} meta={meta} lang={lang} />

        <div className="actor-alliances">
          <AllianceSection {...section} title={t('actor.received')} groups={alliances.received} testIds={receivedIds ?? new Set()} />
          <AllianceSection {...section} title={t('actor.given')} groups={alliances.given} testIds={givenIds ?? new Set()} />
          <AllianceSection
            {...section}
            title={t('actor.partnerships')}
            groups={alliances.partnerships}
            testIds={partnershipIds ?? new Set()}
          />
          {groups.every((group) => group.length === 0) && <p className="actor-empty">{t('actor.noAlliance')}</p>}
        </div>
      </div>
    </aside>
  );
}
