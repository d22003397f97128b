import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/types';
import type { DataFile, Story } from '../../src/model/types';
import { PresentationOverlay } from '../../src/ui/present/PresentationOverlay';
import { PresenterView, PresenterWaiting, PresenterWindow } from '../../src/ui/present/PresenterView';
import { StoryEditor } from '../../src/ui/present/StoryEditor';
import { TimelineControl } from '../../src/ui/present/TimelineControl';
import { initTestI18n } from './helpers/i18n';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const story = file.stories![0]!;

initTestI18n();

const noop = () => undefined;

/** Text as React writes it in HTML. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/** The inner text of the element carrying this test id (no nested element of the same tag). */
function byTestId(markup: string, testId: string): string | null {
  const match = new RegExp(`<(\\w+)[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</\\1>`).exec(markup);
  return match ? match[2]!.replace(/<!-- -->/g, '') : null;
}

function overlay(index: number, lang: Lang = 'fr', autoplay: number | null = null, on: Story = story): string {
  return renderToString(<PresentationOverlay story={on} stepIndex={index} lang={lang} onStep={noop} onExit={noop} autoplay={autoplay} />);
}

describe('PresentationOverlay on the default story', () => {
  it('shows each step: title, caption and progress', () => {
    story.steps.forEach((step, index) => {
      const markup = overlay(index);
      expect(markup).toContain('data-testid="present-overlay"');
      expect(byTestId(markup, 'present-title')).toBe(html(step.title));
      expect(byTestId(markup, 'present-caption')).toBe(html(step.caption ?? ''));
      expect(byTestId(markup, 'present-progress')).toContain(`Étape ${index + 1} sur 7`);
      expect(markup).toContain('data-testid="present-next"');
      expect(markup).toContain('data-testid="present-prev"');
      expect(markup).toContain('data-testid="present-exit"');
    });
  });

  it('starts with the founding coalition and ends with the ecological transition', () => {
    expect(overlay(0)).toContain('2007 : une coalition fondatrice');
    expect(overlay(6)).toContain('Cap sur la transition écologique');
    expect(overlay(6)).toContain('Étape 7 sur 7');
  });

  it('disables previous on the first step and next on the last', () => {
    const first = overlay(0);
    expect(first).toMatch(/data-testid="present-prev"[^>]*disabled=""/);
    expect(first).not.toMatch(/data-testid="present-next"[^>]*disabled=""/);
    const last = overlay(6);
    expect(last).toMatch(/data-testid="present-next"[^>]*disabled=""/);
    expect(last).not.toMatch(/data-testid="present-prev"[^>]*disabled=""/);
  });

  it('draws one dot per step, the current one marked', () => {
    const markup = overlay(2);
    expect(markup.split('class="present-dot"').length - 1).toBe(7);
    expect(markup.split('aria-current="step"').length - 1).toBe(1);
    expect(markup).toMatch(/aria-label="Aller à l’étape 3"[^>]*aria-current="step"/);
  });

  it('clamps a step out of range, and names its controls', () => {
    expect(overlay(40)).toContain('Étape 7 sur 7');
    expect(overlay(-2)).toContain('Étape 1 sur 7');
    const markup = overlay(1);
    expect(markup).toContain('aria-label="Étape suivante"');
    expect(markup).toContain('aria-label="Étape précédente"');
    expect(markup).toContain('aria-label="Quitter la présentation (Échap)"');
    expect(markup).toContain('role="region"');
  });

  it('speaks English, and says when it plays by itself', () => {
    const markup = overlay(2, 'en', 8);
    expect(markup).toContain('Step 3 of 7');
    expect(markup).toContain('Autoplay: 8 s per step');
    expect(overlay(2, 'fr', 8)).toContain('Défilement automatique : 8 s par étape');
    expect(overlay(2)).not.toContain('present-autoplay');
  });

  it('keeps an empty caption element for a step without caption', () => {
    const bare = { id: 'b', title: 'B', steps: [{ title: 'Seule', view: '' }] };
    const markup = overlay(0, 'fr', null, bare);
    expect(byTestId(markup, 'present-caption')).toBe('');
    expect(markup).toContain('Étape 1 sur 1');
    expect(markup).not.toContain('present-dot');
  });
});

describe('StoryEditor', () => {
  const render = (stories: Story[], currentView = 'sdg=17&lang=en&present=1', lang: Lang = 'fr') =>
    renderToString(<StoryEditor stories={stories} currentView={currentView} lang={lang} onChange={noop} onPlay={noop} onClose={noop} />);

  it('lists the steps of the default story with their controls', () => {
    const markup = render([story]);
    expect(markup).toContain('data-testid="story-editor"');
    expect(markup).toContain('data-testid="story-new"');
    expect(markup).toContain('data-testid="story-add-step"');
    expect(markup).toContain('Ajouter cette vue comme étape');
    for (let number = 1; number <= 7; number += 1) {
      for (const id of ['story-step', 'story-step-up', 'story-step-down', 'story-step-delete'])
        expect(markup).toContain(`data-testid="${id}-${number}"`);
    }
    expect(markup).not.toContain('data-testid="story-step-8"');
    expect(markup).toMatch(/data-testid="story-step-up-1"[^>]*disabled=""/);
    expect(markup).toMatch(/data-testid="story-step-down-7"[^>]*disabled=""/);
    expect(markup).not.toMatch(/data-testid="story-step-up-2"[^>]*disabled=""/);
    expect(markup).toContain('aria-label="Monter l’étape 2"');
    expect(markup).toContain('aria-label="Supprimer l’étape 3"');
  });

  it('edits titles, captions and notes in place', () => {
    const markup = render([story]);
    for (const step of story.steps) {
      expect(markup).toContain(`value="${html(step.title)}"`);
      expect(markup).toContain(`>${html(step.caption ?? '')}</textarea>`);
      expect(markup).toContain(`>${html(step.notes ?? '')}</textarea>`);
    }
    expect(markup).toContain(`value="${html(story.title)}"`);
    expect(markup).toContain(html('Vue : focus=villes-au-carre&depth=1&period=-2008'));
  });

  it('captures the view part of the current view only', () => {
    const markup = render([story]);
    expect(markup).toContain('Vue : sdg=17<');
    expect(markup).not.toContain('present=1');
  });

  it('offers to create the first story when there is none', () => {
    const markup = render([]);
    expect(markup).toContain('Aucune histoire pour l’instant');
    expect(markup).toContain('data-testid="story-new"');
    expect(markup).not.toContain('data-testid="story-add-step"');
  });

  it('speaks English', () => {
    const markup = render([story], '', 'en');
    expect(markup).toContain('Add this view as a step');
    expect(markup).toContain('View: the whole map');
    expect(markup).toContain('Step 7');
  });
});

describe('PresenterView', () => {
  const render = (index: number, lang: Lang = 'fr') =>
    renderToString(<PresenterView story={story} stepIndex={index} lang={lang} onStep={noop} />);

  it('shows the notes, the next title, the progress and a timer', () => {
    const markup = render(2);
    expect(markup).toContain('data-testid="presenter-view"');
    expect(byTestId(markup, 'presenter-title')).toBe(html(story.steps[2]!.title));
    expect(byTestId(markup, 'presenter-notes')).toBe(html(story.steps[2]!.notes!));
    expect(byTestId(markup, 'presenter-next-title')).toBe(html(story.steps[3]!.title));
    expect(byTestId(markup, 'presenter-progress')).toBe('Étape 3 sur 7');
    expect(byTestId(markup, 'presenter-timer')).toBe('00:00');
    expect(markup).toContain('Remettre à zéro');
  });

  it('says when the last step is reached', () => {
    const markup = render(6, 'en');
    expect(byTestId(markup, 'presenter-next-title')).toBe('This is the last step.');
    expect(markup).toMatch(/data-testid="presenter-next"[^>]*disabled=""/);
    expect(markup).toContain('Step 7 of 7');
  });

  it('waits for the shared window', () => {
    expect(renderToString(<PresenterWaiting lang="fr" />)).toContain('En attente de la fenêtre partagée');
    expect(renderToString(<PresenterWaiting lang="en" ended />)).toContain('The presentation has ended');
    expect(renderToString(<PresenterWindow lang="fr" stories={[story]} token="AAAAAAAAAAAAAAAAAAAAAA" />)).toContain(
      'En attente de la fenêtre partagée',
    );
    expect(renderToString(<PresenterWindow lang="fr" stories={[story]} token={null} />)).toContain('reliée à aucune présentation');
  });
});

describe('TimelineControl', () => {
  const render = (year: number | null, playing = false, lang: Lang = 'fr') =>
    renderToString(<TimelineControl min={2007} max={2022} year={year} playing={playing} onYear={noop} onPlay={noop} lang={lang} />);

  it('is a labelled slider with play and all years', () => {
    const markup = render(2015);
    expect(markup).toContain('data-testid="timeline"');
    expect(markup).toContain('role="group"');
    expect(markup).toMatch(/data-testid="timeline-year"/);
    expect(markup).toMatch(/type="range"[^>]*min="2007"[^>]*max="2022"[^>]*step="1"[^>]*value="2015"/);
    expect(markup).toContain('aria-valuetext="Jusqu’en 2015"');
    expect(markup).toContain('aria-label="Lire la chronologie année par année"');
    expect(markup).toContain('aria-pressed="false"');
    expect(byTestId(markup, 'timeline-value')).toBe('2015');
  });

  it('shows all years when there is no year, and pause while playing', () => {
    const all = render(null);
    expect(all).toContain('value="2022"');
    expect(all).toContain('aria-valuetext="Toutes les années"');
    expect(all).toMatch(/data-testid="timeline-all"[^>]*disabled=""/);
    const playing = render(2010, true, 'en');
    expect(playing).toContain('aria-label="Pause the timeline"');
    expect(playing).toContain('aria-pressed="true"');
    expect(playing).toContain('Timeline');
  });
});
