import { sdgByNumber } from '../../domain/sdgs';
import type { Lang } from '../../domain/types';
import './actor.css';

const DARK_TEXT = '#1d2025';
const LIGHT_TEXT = '#ffffff';

function luminance(hex: string): number {
  const value = /^#?([\da-f]{6})$/i.exec(hex)?.[1];
  if (!value) return 0;
  const channel = (offset: number) => {
    const c = parseInt(value.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** White or dark grey, whichever contrasts more with the goal's colour (WCAG ratio). */
export function textOn(colour: string): string {
  const l = luminance(colour);
  const withWhite = 1.05 / (l + 0.05);
  const withDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
  return withDark > withWhite ? DARK_TEXT : LIGHT_TEXT;
}

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
