import { memo } from 'react';
import { SUPPORT_FORMS } from '../../domain/supportForms';
import type { Lang } from '../../domain/types';
import type { FacetCount } from '../../filters/facets';
import { supportVisual } from '../../map/supportVisuals';
import { OptionToggle } from './OptionToggle';
import { sameProps } from './sameProps';

interface Props {
  selected: readonly string[];
  counts: Map<string, FacetCount>;
  lang: Lang;
  onToggle: (code: string) => void;
}

const NONE: FacetCount = { actors: 0, alliances: 0 };

/** A short sample of the line that draws a support form on the map (as in the legend). */
export function SupportLine({ code }: { code: string }) {
  const visual = supportVisual(code);
  const dotted = visual?.lineStyle === 'dotted';
  return (
    <svg className="fp-line" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={visual?.colour ?? '#A3A8B0'}
        strokeWidth="3"
        strokeDasharray={dotted ? '1 4' : visual?.dashPattern.join(' ')}
        strokeLinecap={dotted ? 'round' : 'butt'}
      />
    </svg>
  );
}

/** The seven forms of support as toggles. */
export const SupportFilter = memo(function SupportFilter({ selected, counts, lang, onToggle }: Props) {
  return (
    <div className="fp-options">
      {SUPPORT_FORMS.map((form) => (
        <OptionToggle
          key={form.code}
          testId={`filter-support-${form.code}`}
          name={form[lang]}
          count={counts.get(form.code) ?? NONE}
          selected={selected.includes(form.code)}
          icon={<SupportLine code={form.code} />}
          onToggle={() => onToggle(form.code)}
        />
      ))}
    </div>
  );
}, sameProps);
