import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import { SUPPORT_FORMS } from '../domain/supportForms';
import type { KindVisual } from '../map/kindVisuals';
import { supportVisual } from '../map/supportVisuals';
import { Switch } from './filters/Switch';
import { ShapeIcon } from './ShapeIcon';
import { LegendReading } from './LegendReading';

interface Props {
  /** A side panel takes room: the legend starts folded until the reader opens it. */
  compact?: boolean;
  kinds: Map<string, KindVisual>;
  kindsInUse: ReadonlySet<string>;
  lang: Lang;
  /** Sizes, colours and the measures behind them. */
  reading: ComponentProps<typeof LegendReading>;
  /** The map is drawn in the WebGL mode, which leaves some encodings out: the legend says which. */
  /** "Only what the sources state" (URL stated=1). */
  stated: boolean;
  onStated: (stated: boolean) => void;
}

/** Explains every encoding of the map; collapsible, always reachable. */
export function Legend({ compact = false, kinds, kindsInUse, lang, reading, stated, onStated }: Props) {
  const { t } = useTranslation();
  // Open on a roomy screen; a phone or a small embed starts with the map alone.
  const [roomy] = useState(() => window.innerWidth > 700 && window.innerHeight > 520);
  const [userChoice, setUserChoice] = useState<boolean | null>(null);
  const open = userChoice ?? (roomy && !compact);
  const setOpen = (value: boolean) => setUserChoice(value);
  return (
    <aside className="legend" aria-label={t('legend.title')} data-testid="legend" data-map-inset="right">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('legend.title')}
      </button>
      {open && (
        <div className="legend-body">
          <div className="legend-stated">
            <Switch
              label={t('legend.stated')}
              help={stated ? t('legend.statedHelp') : undefined}
              checked={stated}
              testId="legend-stated"
              onChange={onStated}
            />
          </div>
          <ul className="legend-kinds">
            {[...kinds.values()]
              .filter((visual) => kindsInUse.has(visual.kind))
              .map((visual) => (
                <li key={visual.kind}>
                  <ShapeIcon shape={visual.shape} colour={visual.colour} />
                  {visual.names[lang]}
                </li>
              ))}
            <li>
              <ShapeIcon shape="ellipse" colour="#B9BEC6" double />
              {t('legend.group')}
            </li>
          </ul>
          <LegendReading {...reading} />
          <p className="legend-note">
            <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
              <circle cx="11" cy="11" r="8" fill="none" stroke="#E5243B" strokeWidth="3" strokeDasharray="12 38" />
              <circle cx="11" cy="11" r="8" fill="none" stroke="#3F7E44" strokeWidth="3" strokeDasharray="12 38" strokeDashoffset="-12" />
              <circle cx="11" cy="11" r="8" fill="none" stroke="#19486A" strokeWidth="3" strokeDasharray="26 38" strokeDashoffset="-24" />
            </svg>
            {t('legend.sdgRing')}
          </p>
          <ul className="legend-support">
            {SUPPORT_FORMS.map((form) => {
              const visual = supportVisual(form.code);
              return (
                <li key={form.code}>
                  <svg width="36" height="10" aria-hidden="true">
                    <line
                      x1="1"
                      y1="5"
                      x2="35"
                      y2="5"
                      stroke={visual?.colour}
                      strokeWidth="3"
                      strokeDasharray={visual?.lineStyle === 'dotted' ? '1 4' : visual?.dashPattern.join(' ')}
                      strokeLinecap={visual?.lineStyle === 'dotted' ? 'round' : 'butt'}
                    />
                  </svg>
                  {form[lang]}
                </li>
              );
            })}
            <li>
              <svg width="36" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="35" y2="5" stroke="#4A4F57" strokeWidth="3" />
              </svg>
              {t('legend.multiSupport')}
            </li>
          </ul>
          <p className="legend-note">{t('legend.arrows')}</p>
        </div>
      )}
    </aside>
  );
}
