import { useId, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearRange } from '../../filters/types';
import { parseYearInput, setPeriodEnd } from './edits';

interface Props {
  span: { min: number; max: number };
  period: YearRange | null;
  onChange: (period: YearRange | null, mode: 'push' | 'replace') => void;
}

interface YearInputProps {
  id: string;
  value: number | null;
  span: { min: number; max: number };
  label: string;
  placeholder: string;
  testId: string;
  onCommit: (year: number | null) => void;
}

/** A year box: empty is an open end; a value is taken once it has four digits. */
function YearInput({ id, value, span, label, placeholder, testId, onCommit }: YearInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      className="fp-year"
      type="number"
      inputMode="numeric"
      min={span.min}
      max={span.max}
      step={1}
      value={draft ?? (value === null ? '' : String(value))}
      placeholder={placeholder}
      title={label}
      data-testid={testId}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const year = parseYearInput(text);
        if (year !== undefined && year !== value) onCommit(year);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

/**
 * The period of the alliances: two year boxes and a two-thumb slider over the years of the data.
 * A slider at either end of the data's years is an open end ("depuis 2020", "jusqu'en 2019").
 * One slider gesture (a drag, or a key held down) adds one history entry: its first change is
 * 'push', the next ones 'replace'. Typed years are discrete changes ('push').
 */
export function PeriodFilter({ span, period, onChange }: Props) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const gesture = useRef({ pushed: false });
  const endGesture = () => {
    gesture.current.pushed = false;
  };
  const slide = (next: YearRange | null) => {
    const mode = gesture.current.pushed ? 'replace' : 'push';
    gesture.current.pushed = true;
    onChange(next, mode);
  };

  const { min, max } = span;
  const clamp = (year: number) => Math.min(max, Math.max(min, year));
  const fromValue = clamp(period?.from ?? min);
  const toValue = clamp(period?.to ?? max);
  const percent = (year: number) => (max === min ? 0 : ((year - min) / (max - min)) * 100);
  const gestureHandlers = { onPointerDown: endGesture, onPointerUp: endGesture, onKeyUp: endGesture, onBlur: endGesture };

  return (
    <div className="fp-period">
      <div className="fp-period-inputs">
        <div>
          <label htmlFor={fromId}>{t('filters.period.from')}</label>
          <YearInput
            id={fromId}
            value={period?.from ?? null}
            span={span}
            label={t('filters.period.fromLabel')}
            placeholder={t('filters.period.fromPlaceholder')}
            testId="filter-period-from"
            onCommit={(year) => onChange(setPeriodEnd(period, 'from', year), 'push')}
          />
        </div>
        <div>
          <label htmlFor={toId}>{t('filters.period.to')}</label>
          <YearInput
            id={toId}
            value={period?.to ?? null}
            span={span}
            label={t('filters.period.toLabel')}
            placeholder={t('filters.period.toPlaceholder')}
            testId="filter-period-to"
            onCommit={(year) => onChange(setPeriodEnd(period, 'to', year), 'push')}
          />
        </div>
      </div>
      {max > min && (
        <div className="fp-range" style={{ '--from': `${percent(fromValue)}%`, '--to': `${percent(toValue)}%` } as CSSProperties}>
          <div className="fp-range-track" aria-hidden="true" />
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            value={fromValue}
            className={fromValue === toValue && fromValue > (min + max) / 2 ? 'fp-range-top' : undefined}
            aria-label={t('filters.period.sliderFrom')}
            aria-valuetext={fromValue <= min ? t('filters.period.all') : t('filters.period.since', { from: fromValue })}
            data-testid="filter-period-slider-from"
            {...gestureHandlers}
            onChange={(event) => {
              const year = Math.min(Number(event.target.value), toValue);
              slide(setPeriodEnd(period, 'from', year <= min ? null : year));
            }}
          />
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            value={toValue}
            aria-label={t('filters.period.sliderTo')}
            aria-valuetext={toValue >= max ? t('filters.period.all') : t('filters.period.until', { to: toValue })}
            data-testid="filter-period-slider-to"
            {...gestureHandlers}
            onChange={(event) => {
              const year = Math.max(Number(event.target.value), fromValue);
              slide(setPeriodEnd(period, 'to', year >= max ? null : year));
            }}
          />
          <div className="fp-range-ends" aria-hidden="true">
            <span>{min}</span>
            <span>{max}</span>
          </div>
        </div>
      )}
      <p className="fp-help">{t('filters.period.help')}</p>
    </div>
  );
}
