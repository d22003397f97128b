// Issue 18: axe-core in every state a reader meets, and the first stops of the keyboard.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapView } from './helpers';

/** The serious and critical violations axe finds on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function open(page: Page, query: string) {
  await page.goto(`./${query}`);
  await mapView(page);
}

const STATES: {
  name: string;
  query: string;
  phone?: boolean;
  viewport?: { width: number; height: number };
  act?: (page: Page) => Promise<void>;
}[] = [
  { name: 'the default view', query: '' },
  { name: 'a filtered view', query: '?sdg=13&region=24' },
  { name: 'the English interface', query: '?lang=en' },
  { name: 'an embed', query: '?embed=1&panels=legend,filters,search' },
  { name: 'the WebGL mode', query: '?renderer=webgl' },
  { name: 'the actors table', query: '?view=table&sort=-betweenness' },
  { name: 'the summary', query: '?view=summary' },
  { name: 'the geographic arrangement', query: '?arrange=geo&size=betweenness&color=community' },
  {
    name: 'the actor panel',
    query: '',
    act: async (page) => {
      await page.getByTestId('search-input').fill('ademe');
      await page.getByTestId('search-input').press('Enter');
      await expect(page.getByTestId('actor-panel')).toBeVisible();
    },
  },
  {
    name: 'the share dialog',
    query: '',
    act: async (page) => {
      await page.getByTestId('share-button').click();
      await expect(page.getByTestId('share-dialog')).toBeVisible();
    },
  },
  {
    name: 'the story editor',
    query: '',
    act: async (page) => {
      await page.getByTestId('stories-button').click();
      await expect(page.getByTestId('story-editor')).toBeVisible();
    },
  },
  { name: 'the presentation', query: '?present=1' },
  {
    name: 'the timeline',
    query: '',
    act: async (page) => {
      await page.getByTestId('map-timeline').click();
      await expect(page.getByTestId('timeline')).toBeVisible();
    },
  },
  {
    name: 'the filters on a phone',
    query: '',
    phone: true,
    act: async (page) => {
      await page.getByTestId('filters-toggle').click();
      await expect(page.getByTestId('filter-sdg-13')).toBeVisible();
    },
  },
  {
    name: 'the header menu open on a phone',
    query: '',
    phone: true,
    act: async (page) => {
      await page.getByTestId('header-menu-button').click();
      await expect(page.getByTestId('share-button')).toBeVisible();
    },
  },
  { name: 'a 320 × 568 screen', query: '', viewport: { width: 320, height: 568 } },
];

for (const state of STATES) {
  test(`axe finds no serious or critical violation in ${state.name}`, async ({ page }) => {
    if (state.phone) await page.setViewportSize({ width: 390, height: 844 });
    if (state.viewport) await page.setViewportSize(state.viewport);
    await open(page, state.query);
    await state.act?.(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the first Tab reaches « Aller à la carte », which moves the focus to the map', async ({ page }) => {
  await open(page, '');
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('Aller à la carte');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map')).toBeFocused();
  // From the map, the arrow keys move the camera into the URL.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
});

test('numbers on SDG colours read in dark or white, whichever contrasts (SDG 11 in dark)', async ({ page }) => {
  await open(page, '');
  const colourOf = (sdg: number) =>
    page
      .getByTestId(`filter-sdg-${sdg}`)
      .locator('.fp-sdg-badge')
      .evaluate((badge) => getComputedStyle(badge).color);
  expect(await colourOf(11)).toBe('rgb(29, 32, 37)');
  expect(await colourOf(17)).toBe('rgb(255, 255, 255)');
});

test('About → Accessibilité shows the accessibility statement, in French and in English', async ({ page }) => {
  await open(page, '');
  await page.getByTestId('about-button').click();
  await page.getByTestId('about-accessibility-link').click();
  const statement = page.getByTestId('accessibility-statement');
  await expect(statement.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(statement).toContainText('partiellement conforme');
  await expect(statement).toContainText('RGAA 4.1');
  await open(page, '?lang=en');
  await page.getByTestId('about-button').click();
  await expect(page.getByTestId('accessibility-statement')).toContainText('partially conforms');
});

test('prefers-contrast: more darkens the lines and keeps disabled filters legible', async ({ page }) => {
  await open(page, '');
  const look = () =>
    page.getByTestId('filter-sdg-1').evaluate((button) => ({
      opacity: Number(getComputedStyle(button).opacity),
      line: getComputedStyle(document.documentElement).getPropertyValue('--line').trim(),
    }));
  const normal = await look();
  await page.emulateMedia({ contrast: 'more' });
  const strong = await look();
  expect(strong.opacity).toBeGreaterThan(normal.opacity);
  expect(strong.line).not.toBe(normal.line);
});

test('prefers-reduced-motion: no transition left on the filters’ switches', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '');
  const duration = await page
    .getByTestId('filter-filtered-fade')
    .evaluate((toggle) => getComputedStyle(toggle.querySelector('.fp-switch-knob') ?? toggle).transitionDuration);
  expect(duration.split(',').every((value) => parseFloat(value) === 0)).toBe(true);
});
