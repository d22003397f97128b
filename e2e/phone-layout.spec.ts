// Issue 18, phone and zoom: the header in one row with its menu, reflow at 320 px and 200 % zoom,
// touch targets of 44 × 44 px.
import { expect, test, type Page } from '@playwright/test';
import { mapView, screenshotPath } from './helpers';

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  await mapView(page);
}

/** Nothing scrolls sideways: the document is no wider than the window. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The visible controls a finger must hit, smaller than 44 × 44 px, as "name: width×height". */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], select, summary, input:not([type="hidden"]), [role="button"], [role="switch"], [tabindex="0"]';
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      // A checkbox or switch is hit through its label; a link inside a sentence is exempt (WCAG 2.5.5).
      const target = element.closest('label') ?? element;
      if (element.matches('a') && getComputedStyle(element).display === 'inline' && element.parentElement?.matches('p, li, dd, span'))
        continue;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('[aria-hidden="true"], .visually-hidden'))
        continue;
      if (box.bottom < 0 || box.top > window.innerHeight) continue;
      if (box.width < 43.5 || box.height < 43.5) {
        const name = element.getAttribute('aria-label') ?? element.getAttribute('data-testid') ?? element.textContent?.trim().slice(0, 30);
        small.push(`${element.tagName.toLowerCase()} ${name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

test.describe('a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header takes one row, the map starts within 110 px, and every control is in the menu', async ({ page }) => {
    await open(page);
    const header = await page.locator('.app-header').boundingBox();
    const menuButton = page.getByTestId('header-menu-button');
    const search = await page.getByTestId('search-input').boundingBox();
    const button = await menuButton.boundingBox();
    expect(header && search && button).toBeTruthy();
    // Title, search and menu side by side: one row.
    expect(Math.abs((search?.y ?? 0) - (button?.y ?? 999))).toBeLessThan(10);
    expect((await page.getByTestId('map').boundingBox())?.y).toBeLessThanOrEqual(110);
    await expect(page.getByTestId('share-button')).toBeHidden();

    await menuButton.tap();
    for (const id of ['view-table', 'present-button', 'stories-button', 'share-button', 'about-button'])
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Exporter' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Ouvrir' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'English' })).toBeInViewport({ ratio: 1 });
    // A tap on the map closes it.
    await page.getByTestId('map').tap({ position: { x: 40, y: 300 } });
    await expect(page.getByTestId('share-button')).toBeHidden();
  });

  test('the menu works from the keyboard: Enter opens it, Escape closes it and returns the focus', async ({ page }) => {
    await open(page);
    const menuButton = page.getByTestId('header-menu-button');
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('view-map')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(menuButton).toBeFocused();
    await expect(page.getByTestId('view-map')).toBeHidden();
    // Share opens over the menu, and closing it brings the focus back to Share.
    await page.keyboard.press('Enter');
    await page.getByTestId('share-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('share-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-dialog')).toBeHidden();
    await expect(page.getByTestId('share-button')).toBeFocused();
  });

  test('every control a finger can reach measures at least 44 × 44 px', async ({ page }) => {
    await open(page);
    const small = await smallTargets(page);
    await page.getByTestId('header-menu-button').tap();
    small.push(...(await smallTargets(page)));
    await page.getByTestId('header-menu-button').tap();
    await page.getByTestId('filters-toggle').tap();
    await expect(page.getByTestId('filter-sdg-13')).toBeVisible();
    small.push(...(await smallTargets(page)));
    await page.getByTestId('filters-toggle').tap();
    await page.getByTestId('search-input').tap();
    await page.keyboard.type('ademe');
    await page.getByTestId('search-option-ademe').tap();
    await expect(page.getByTestId('actor-panel')).toBeVisible();
    small.push(...(await smallTargets(page)));
    expect([...new Set(small)]).toEqual([]);
  });

  test('pictures of the phone layout: the map, the menu open, the filters’ and an actor’s sheets', async ({ page }) => {
    await open(page);
    await page.screenshot({ path: screenshotPath('docs/accessibility/phone-390x844.png') });
    await page.getByTestId('header-menu-button').tap();
    await page.screenshot({ path: screenshotPath('docs/accessibility/phone-menu-390x844.png') });
    await page.getByTestId('header-menu-button').tap();
    await page.getByTestId('filters-toggle').tap();
    await expect(page.getByTestId('filter-sdg-13')).toBeVisible();
    await page.screenshot({ path: screenshotPath('docs/accessibility/phone-filters-390x844.png') });
    await page.getByTestId('filters-toggle').tap();
    await page.getByTestId('search-input').tap();
    await page.keyboard.type('ademe');
    await page.getByTestId('search-option-ademe').tap();
    await expect(page.getByTestId('actor-panel')).toBeVisible();
    await page.screenshot({ path: screenshotPath('docs/accessibility/phone-actor-390x844.png') });
  });
});

const REFLOW = [
  { name: '320 × 568', viewport: { width: 320, height: 568 }, scale: 1, picture: '320x568' },
  { name: '200 % zoom (1280 × 800 seen as 640 × 400)', viewport: { width: 640, height: 400 }, scale: 2, picture: 'zoom-200-640x400' },
];
for (const size of REFLOW) {
  test.describe(`reflow at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.scale });

    test('nothing scrolls sideways and every control can be reached', async ({ page }) => {
      await open(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`docs/accessibility/${size.picture}.png`) });
      await page.getByTestId('header-menu-button').click();
      await page.screenshot({ path: screenshotPath(`docs/accessibility/${size.picture}-menu.png`) });
      for (const id of ['view-summary', 'present-button', 'stories-button', 'share-button', 'about-button']) {
        const control = page.getByTestId(id);
        await control.scrollIntoViewIfNeeded();
        await expect(control).toBeInViewport({ ratio: 1 });
      }
      const english = page.getByRole('button', { name: 'English' });
      await english.scrollIntoViewIfNeeded();
      await expect(english).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Escape');
      // The map's own controls, the filters sheet and its last section.
      for (const name of ['Zoomer', 'Dézoomer']) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
      const last = page.getByTestId('map-timeline');
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport({ ratio: 1 });
      await page.getByTestId('filters-toggle').click();
      const sdg17 = page.getByTestId('filter-sdg-17');
      await sdg17.scrollIntoViewIfNeeded();
      await expect(sdg17).toBeInViewport({ ratio: 1 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.getByTestId('filters-toggle').click();
      await page.getByTestId('search-input').fill('ademe');
      await page.getByTestId('search-input').press('Enter');
      await expect(page.getByTestId('actor-panel')).toBeVisible();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}
