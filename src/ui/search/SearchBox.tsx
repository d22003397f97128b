import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type { AllianceGraph } from '../../model/graph';
import {
  buildSearchIndex,
  normalizeText,
  searchActors,
  searchSdgs,
  type ActorMatch,
  type SdgSuggestion,
  type SearchIndex,
} from '../../search';
import { graphKindVisuals } from '../actor/describe';
import { SdgBadge } from '../actor/SdgBadge';
import { ShapeIcon } from '../ShapeIcon';
import './search.css';

export interface SearchBoxProps {
  graph: AllianceGraph;
  lang: Lang;
  /** The `q` URL parameter. */
  value: string;
  /** Each keystroke (the shell writes q to the URL, replacing history). */
  onChange: (q: string) => void;
  /** An actor suggestion was chosen: the shell centres on it and opens its panel. */
  onChoose: (id: string) => void;
  /** An SDG suggestion was chosen; without it, no SDG suggestions are offered. */
  onChooseSdg?: (sdg: number) => void;
}

export type SearchOption = { type: 'actor'; match: ActorMatch } | { type: 'sdg'; suggestion: SdgSuggestion };

const ACTOR_LIMIT = 8;
const SDG_LIMIT = 3;

/**
 * The suggestions for a query: actors, then goals; a goal asked for by number ("ODD 13") comes
 * first.
 */
export function searchOptions(actors: ActorMatch[], sdgs: SdgSuggestion[]): SearchOption[] {
  const actorOptions = actors.map((match): SearchOption => ({ type: 'actor', match }));
  const sdgOptions = sdgs.map((suggestion): SearchOption => ({ type: 'sdg', suggestion }));
  const byNumber = sdgs.length === 1 && /^(ODD|SDG) \d+$/.test(sdgs[0]?.matchedText ?? '');
  return byNumber ? [...sdgOptions, ...actorOptions] : [...actorOptions, ...sdgOptions];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The next active option for an arrow key, wrapping around; -1 for none. */
export function moveActive(index: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (index < 0) return step === 1 ? 0 : count - 1;
  return (index + step + count) % count;
}

/**
 * Search for actors (and SDGs) as an ARIA combobox: suggestions from the first character, arrow
 * keys move, Enter chooses, Escape closes then clears, "/" anywhere else focuses it.
 */
export function SearchBox({ graph, lang, value, onChange, onChoose, onChooseSdg }: SearchBoxProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const inputId = useId();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // The active option belongs to the query it was chosen for: typing resets it.
  const [active, setActive] = useState<{ query: string; index: number }>({ query: '', index: -1 });

  // Built on the first query, not while a large map opens.
  const indexOnDemand = useMemo(() => {
    let index: SearchIndex | null = null;
    return () => (index ??= buildSearchIndex(graph, lang));
  }, [graph, lang]);
  const kinds = useMemo(() => graphKindVisuals(graph), [graph]);
  const options = useMemo(
    () =>
      normalizeText(value) === ''
        ? []
        : searchOptions(searchActors(indexOnDemand(), value, ACTOR_LIMIT), onChooseSdg ? searchSdgs(value, lang, SDG_LIMIT) : []),
    [indexOnDemand, value, lang, onChooseSdg],
  );

  const shown = open && normalizeText(value) !== '';
  const expanded = shown && options.length > 0;
  const activeIndex = expanded && active.query === value && active.index < options.length ? active.index : -1;
  const optionId = (i: number) => `${listId}-option-${i}`;

  // On a phone the suggestions span the screen width just below the input (search.css).
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!shown || !input) return;
    boxRef.current?.style.setProperty('--search-list-top', `${Math.round(input.getBoundingClientRect().bottom)}px`);
  }, [shown, value]);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${listId}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, listId]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    setOpen(false);
    if (option.type === 'actor') {
      onChange(option.match.label);
      onChoose(option.match.id);
    } else {
      onChange('');
      onChooseSdg?.(option.suggestion.number);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive({ query: value, index: moveActive(expanded ? activeIndex : -1, options.length, step) });
        break;
      }
      case 'Enter':
        if (!expanded) return;
        event.preventDefault();
        choose(options[activeIndex >= 0 ? activeIndex : 0]);
        break;
      case 'Escape':
        if (shown) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (value) {
          event.preventDefault();
          event.stopPropagation();
          onChange('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
    }
  };

  const status = shown ? (options.length > 0 ? t('search.results', { count: options.length }) : t('search.noResult')) : '';

  return (
    <div className="search-box" ref={boxRef}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <svg className="search-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.8" cy="6.8" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <line x1="10.4" y1="10.4" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        className="search-input"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {value ? (
        <button
          type="button"
          className="search-clear"
          aria-label={t('search.clear')}
          title={t('search.clear')}
          onClick={() => {
            onChange('');
            setOpen(false);
            inputRef.current?.focus();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : (
        <kbd className="search-kbd" title={t('search.shortcut')} aria-hidden="true">
          /
        </kbd>
      )}
      <ul id={listId} role="listbox" aria-label={t('search.label')} className="search-list" hidden={!expanded}>
        {expanded &&
          options.map((option, i) => (
            <li
              key={option.type === 'actor' ? option.match.id : `sdg-${option.suggestion.number}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={`search-option${i === activeIndex ? ' search-option-active' : ''}`}
              data-testid={option.type === 'actor' ? `search-option-${option.match.id}` : `search-option-sdg-${option.suggestion.number}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => {
                if (i !== activeIndex) setActive({ query: value, index: i });
              }}
              onClick={() => choose(option)}
            >
              {option.type === 'actor' ? (
                <ActorOption match={option.match} graph={graph} kinds={kinds} />
              ) : (
                <SdgOption suggestion={option.suggestion} lang={lang} />
              )}
            </li>
          ))}
      </ul>
      {/* One live region: the visible "no result" box, or the number of suggestions for screen readers. */}
      <div role="status" className={shown && options.length === 0 ? 'search-list search-empty' : 'visually-hidden'}>
        {status}
      </div>
    </div>
  );
}

function ActorOption({ match, graph, kinds }: { match: ActorMatch; graph: AllianceGraph; kinds: ReturnType<typeof graphKindVisuals> }) {
  const visual = kinds.get(match.kind);
  const group = graph.hasNode(match.id) && graph.getNodeAttribute(match.id, 'members') !== undefined;
  const showMatch = match.field !== 'label' && match.field !== 'category' && match.matchedText !== match.label;
  return (
    <>
      <ShapeIcon shape={visual?.shape ?? 'ellipse'} colour={visual?.colour ?? '#777777'} double={group} size={16} />
      <span className="search-option-text">
        <span className="search-option-label">{match.label}</span>
        {match.category && <span className="search-option-category"> {match.category}</span>}
        {showMatch && <span className="search-option-match">{match.matchedText}</span>}
      </span>
    </>
  );
}

function SdgOption({ suggestion, lang }: { suggestion: SdgSuggestion; lang: Lang }) {
  const { t } = useTranslation(undefined, { lng: lang });
  return (
    <>
      <span aria-hidden="true">
        <SdgBadge number={suggestion.number} lang={lang} compact />
      </span>
      <span className="search-option-text">
        <span className="search-option-label">{t('search.filterSdg', { number: suggestion.number })}</span>
        <span className="search-option-category"> {suggestion.label}</span>
      </span>
    </>
  );
}
