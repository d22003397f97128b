import { sdgByNumber } from '../../domain/sdgs';
import type { Lang } from '../../domain/types';
import { textOn } from '../../view/contrast';
import './actor.css';

interface Props {
  number: number;
  lang: Lang;
  /** Only the number chip; the name goes to the tooltip and screen readers. */
  compact?: boolean;
  /** Marks a goal that comes only through alliances. */
  via?: boolean;
  viaText?: string;
}

/** A goal drawn by us from its number, name and official colour (the UN icons are not open). */
export function SdgBadge({ number, lang, compact = false, via = false, viaText }: Props) {
  const sdg = sdgByNumber(number);
  const colour = sdg?.colour ?? '#8a9099';
  const prefix = lang === 'fr' ? 'ODD' : 'SDG';
  const name = sdg?.[lang] ?? '';
  const colon = lang === 'fr' ? ' : ' : ': ';
  const title = `${prefix} ${number}${name ? `${colon}${name}` : ''}${via && viaText ? ` (${viaText})` : ''}`;
  return (
    <span className={`sdg-badge${compact ? ' sdg-badge-compact' : ''}${via ? ' sdg-badge-via' : ''}`} title={title}>
      <span className="sdg-badge-number" style={{ background: colour, color: textOn(colour) }} aria-hidden="true">
        {number}
      </span>
      {compact ? (
        <span className="visually-hidden">{title}</span>
      ) : (
        <span className="sdg-badge-name">
          <span className="visually-hidden">{`${prefix} ${number}${colon}`}</span>
          {name}
          {via && viaText && <span className="visually-hidden"> ({viaText})</span>}
        </span>
      )}
    </span>
  );
}
