import { scaleLinear } from 'd3-scale';
import type { KeyboardEvent } from 'react';
import { THEME } from '../../view/theme';
import type { Bar } from './summaryData';

/** The chart's width in its own units; it scales to the panel's width. */
export const CHART_WIDTH = 360;
const TITLE_PX = 28;
const BAR_PX = 22;
const GAP_PX = 6;
const LABEL_PX = 150;
const VALUE_PX = 70;
const FONT = 12;

interface Props {
  title: string;
  bars: readonly Bar[];
  format: (value: number) => string;
  /** A bar's name (its <title>): what it shows, in full. */
  barLabel: (bar: Bar) => string;
  /** What a click on a bar does (its <desc>). */
  barHint: (bar: Bar) => string;
  emptyText: string;
  onBar: (bar: Bar) => void;
  testId: string;
}

function cut(text: string, max = 21): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A small horizontal bar chart drawn in SVG with d3's scale, every look an attribute (no CSS), so
 * the picture exported from the panel reads as it does on screen. Each bar is a button.
 */
export function BarChart({ title, bars, format, barLabel, barHint, emptyText, onBar, testId }: Props) {
  const height = TITLE_PX + Math.max(bars.length, 1) * (BAR_PX + GAP_PX) + GAP_PX;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, CHART_WIDTH - LABEL_PX - VALUE_PX]);
  const press = (event: KeyboardEvent, bar: Bar) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onBar(bar);
  };
  return (
    <svg
      className="summary-chart"
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      width={CHART_WIDTH}
      height={height}
      role="group"
      aria-label={title}
      data-testid={testId}
      fontFamily={THEME.fontFamily}
      fontSize={FONT}
    >
      <text x={0} y={18} fontWeight={600} fontSize={FONT + 2} fill={THEME.ink.text}>
        {title}
      </text>
      {bars.length === 0 && (
        <text x={0} y={TITLE_PX + 14} fill={THEME.ink.muted}>
          {emptyText}
        </text>
      )}
      {bars.map((bar, index) => {
        const y = TITLE_PX + index * (BAR_PX + GAP_PX);
        const width = Math.max(2, x(bar.value));
        const clickable = bar.action !== null;
        return (
          <g
            key={bar.key}
            transform={`translate(0 ${y})`}
            role={clickable ? 'button' : undefined}
            tabIndex={clickable ? 0 : undefined}
            aria-pressed={clickable ? bar.active : undefined}
            className={clickable ? 'chart-bar is-clickable' : 'chart-bar'}
            data-key={bar.key}
            onClick={clickable ? () => onBar(bar) : undefined}
            onKeyDown={clickable ? (event) => press(event, bar) : undefined}
          >
            {/* The name and description of the button: the full label even where the text is cut. */}
            <title>{barLabel(bar)}</title>
            {clickable && <desc>{barHint(bar)}</desc>}
            <rect x={0} y={0} width={CHART_WIDTH} height={BAR_PX} fill={bar.active ? '#E6EEF5' : THEME.ink.paper} />
            <text x={LABEL_PX - 8} y={BAR_PX / 2 + 4} textAnchor="end" fill={THEME.ink.text}>
              {cut(bar.label)}
            </text>
            <rect
              x={LABEL_PX}
              y={3}
              width={width}
              height={BAR_PX - 6}
              fill={bar.colour}
              stroke={bar.active ? THEME.ink.text : 'none'}
              strokeWidth={bar.active ? 1.5 : 0}
            />
            <text x={LABEL_PX + width + 6} y={BAR_PX / 2 + 4} fill={THEME.ink.text}>
              {format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
