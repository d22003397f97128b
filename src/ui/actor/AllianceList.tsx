import { useTranslation } from 'react-i18next';
import { supportFormByCode } from '../../domain/supportForms';
import type { Lang } from '../../domain/types';
import { formatAmount } from '../../i18n/format';
import type { KindVisual } from '../../map/kindVisuals';
import { supportVisual } from '../../map/supportVisuals';
import type { AllianceGraph } from '../../model/graph';
import type { AllianceRecord, DataMeta } from '../../model/types';
import { ShapeIcon } from '../ShapeIcon';
import { marksOf } from './ProvenanceMark';
import { formatPeriod, relationName, type PartnerAlliances } from './describe';
import { SdgBadge } from './SdgBadge';
import { AttributeList, SourceList } from './SourceList';

/** The line sample of a support form, as drawn on the map and in the legend. */
function SupportSample({ code }: { code: string }) {
  const visual = supportVisual(code);
  return (
    <svg width="28" height="8" aria-hidden="true" className="support-sample">
      <line
        x1="1"
        y1="4"
        x2="27"
        y2="4"
        stroke={visual?.colour ?? '#A3A8B0'}
        strokeWidth="3"
        strokeDasharray={visual?.lineStyle === 'dotted' ? '1 4' : visual?.dashPattern.join(' ')}
        strokeLinecap={visual?.lineStyle === 'dotted' ? 'round' : 'butt'}
      />
    </svg>
  );
}

interface AllianceProps {
  alliance: AllianceRecord;
  meta: DataMeta;
  lang: Lang;
}

function Alliance({ alliance, meta, lang }: AllianceProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const period = formatPeriod(alliance.start, alliance.end, lang, {
    since: (date) => t('actor.since', { date }),
    until: (date) => t('actor.until', { date }),
  });
  const mark = marksOf(alliance.sources, meta, lang);
  const periodFacts = (['start', 'end'] as const).filter((field) => alliance[field] !== undefined);
  const facts = [
    { text: relationName(alliance.relation, meta, lang), fact: 'relation', name: t('actor.fields.relation') },
    alliance.amount !== undefined
      ? { text: formatAmount(alliance.amount, alliance.currency, lang), fact: 'amount', name: t('actor.fields.amount') }
      : null,
    period !== null ? { text: period, fact: periodFacts, name: t('actor.period') } : null,
  ].filter((fact) => fact !== null);
  const prefix = lang === 'fr' ? 'ODD' : 'SDG';
  return (
    <li className="alliance" data-alliance-id={alliance.id}>
      <p className="alliance-facts">
        {facts.map(({ text, fact, name }, index) => (
          <span key={index} className={index === 0 ? 'alliance-relation' : undefined}>
            {text}
            {mark(fact, name)}
          </span>
        ))}
      </p>
      {alliance.support && alliance.support.length > 0 && (
        <ul className="alliance-support" aria-label={t('actor.supportForms')}>
          {alliance.support.map((code) => {
            const name = supportFormByCode(code)?.[lang] ?? code;
            return (
              <li key={code}>
                <SupportSample code={code} />
                {name}
                {mark('support', name, code)}
              </li>
            );
          })}
        </ul>
      )}
      {alliance.sdgs && alliance.sdgs.length > 0 && (
        <p className="alliance-sdgs">
          {alliance.sdgs.map((sdg) => (
            <span key={sdg} className="alliance-sdg" data-sdg={sdg}>
              <SdgBadge number={sdg} lang={lang} compact />
              {mark('sdgs', `${prefix} ${sdg}`, sdg)}
            </span>
          ))}
        </p>
      )}
      {alliance.description && <p className="alliance-description">{alliance.description}</p>}
      <AttributeList attributes={alliance.attributes} lang={lang} sources={alliance.sources} meta={meta} />
      <SourceList sources={alliance.sources} meta={meta} lang={lang} />
    </li>
  );
}

interface SectionProps {
  graph: AllianceGraph;
  title: string;
  groups: PartnerAlliances[];
  kinds: Map<string, KindVisual>;
  lang: Lang;
  /** Partners whose button carries the test id here (their first appearance in the panel). */
  testIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

/** One group of alliances ("Soutiens reçus"...), partner by partner. */
export function AllianceSection({ graph, title, groups, kinds, lang, testIds, onSelect }: SectionProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  if (groups.length === 0) return null;
  const meta = graph.getAttributes();
  const count = groups.reduce((sum, group) => sum + group.alliances.length, 0);
  return (
    <section className="actor-section alliance-section">
      <h3>
        {title} <span className="actor-count">({count})</span>
      </h3>
      <ul className="alliance-partners">
        {groups.map((group) => {
          const partner = graph.getNodeAttributes(group.partnerId);
          const visual = kinds.get(partner.kind);
          const testId = testIds.has(group.partnerId) ? `actor-partner-${group.partnerId}` : undefined;
          return (
            <li key={group.partnerId} className="alliance-partner">
              <button
                type="button"
                className="partner-button"
                data-testid={testId}
                title={t('actor.showPartner', { name: group.partnerLabel })}
                onClick={() => onSelect(group.partnerId)}
              >
                <ShapeIcon
                  shape={visual?.shape ?? 'ellipse'}
                  colour={visual?.colour ?? '#777777'}
                  double={partner.members !== undefined}
                  size={16}
                />
                <span>{group.partnerLabel}</span>
              </button>
              <ul className="alliance-list">
                {group.alliances.map((alliance) => (
                  <Alliance key={alliance.id} alliance={alliance} meta={meta} lang={lang} />
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
