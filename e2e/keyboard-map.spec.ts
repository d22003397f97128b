// Issue 18: from an actor to its partners with the arrow keys on the map, in both drawings, with
// no mouse event; the chosen actor is announced and the focus stays on the map.
import { expect, test, type Page } from '@playwright/test';
import { mapView, readDataFile, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);
const labelToId = new Map(seed.nodes.map((node) => [node.label, node.id]));
const partnersOf = (id: string) =>
  new Set(
    seed.edges
      .flatMap((edge) => (edge.source === id ? [edge.target] : edge.target === id ? [edge.source] : []))
      .filter((other) => other !== id),
  );

const ARROWS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
};

async function countMouseEvents(page: Page): Promise<() => number> {
  let mouseEvents = 0;
  await page.exposeFunction('countMouse', () => (mouseEvents += 1));
  await page.addInitScript(() => {
    // A click a key makes (Enter on a link) has no mouse behind it: detail 0.
    for (const type of ['mousedown', 'click', 'pointerdown'])
      window.addEventListener(
        type,
        (event) =>
          (event.type === 'pointerdown' || (event as MouseEvent).detail > 0) &&
          (window as unknown as { countMouse: () => void }).countMouse(),
        true,
      );
  });
  return () => mouseEvents;
}

for (const renderer of ['cytoscape', 'webgl']) {
  test(`${renderer}: the arrow keys go from an actor to the partner that lies that way`, async ({ page }) => {
    test.setTimeout(90_000);
    const mouseEvents = await countMouseEvents(page);
    await page.goto(renderer === 'webgl' ? './?renderer=webgl' : './');
    const { positions } = await mapView(page);
    const map = page.getByTestId('map');
    const heading = page.getByTestId('actor-panel').getByRole('heading', { level: 2 });
    const announcement = page.getByTestId('map-announcement');
    const shownId = async () => labelToId.get((await heading.textContent()) ?? '') ?? '';

    // Skip to the map, and choose the actor nearest its centre.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(map).toBeFocused();
    await expect(map).toHaveAccessibleDescription(/Maj \+ flèches/);
    await page.keyboard.press('Enter');
    await expect(heading).toBeVisible();
    const first = await shownId();
    expect(first, 'an actor of the map is shown').not.toBe('');
    await expect(map).toBeFocused();
    await expect(announcement).toHaveText(new RegExp(`^${await heading.textContent()} : \\d+ partenaires? sur la carte\\.$`));

    // Each arrow: a partner that lies that way, or nobody moves and the map says so.
    let moves = 0;
    for (let round = 0; round < 2; round += 1) {
      for (const [key, direction] of Object.entries(ARROWS)) {
        const from = await shownId();
        const at = positions[from];
        if (!at) throw new Error(`no position for ${from}`);
        const along = (id: string) => ((positions[id]?.x ?? 0) - at.x) * direction.x + ((positions[id]?.y ?? 0) - at.y) * direction.y;
        const across = (id: string) =>
          Math.abs(((positions[id]?.x ?? 0) - at.x) * direction.y - ((positions[id]?.y ?? 0) - at.y) * direction.x);
        const partners = [...partnersOf(from)];
        // A partner within 45° of the arrow must be reached; with none ahead at all, nobody moves.
        const squarelyThatWay = partners.some((id) => along(id) > 0 && across(id) <= along(id));
        const noneAhead = partners.every((id) => along(id) <= 0);
        await page.keyboard.press(key);
        await expect(map, `${key} keeps the focus on the map`).toBeFocused();
        const said = new RegExp(`^(Aucun partenaire de .+ dans cette direction\\.|.+ : \\d+ partenaires? sur la carte\\.)`);
        await expect(announcement).toHaveText(said);
        if (squarelyThatWay) await expect(heading).not.toHaveText(seed.nodes.find((node) => node.id === from)?.label ?? '');
        const to = await shownId();
        if (to === from) {
          expect(squarelyThatWay, `${key} from ${from}: a partner lies that way`).toBe(false);
          await expect(announcement).toContainText('Aucun partenaire');
        } else {
          expect(noneAhead, `${key} from ${from} moved with no partner ahead`).toBe(false);
          expect(partnersOf(from).has(to), `${key} from ${from} leads to a partner (${to})`).toBe(true);
          expect(along(to), `${key} from ${from} leads that way`).toBeGreaterThan(0);
          await expect(announcement).toContainText(`${await heading.textContent()} :`);
          moves += 1;
        }
      }
    }
    expect(moves, 'the arrows moved between partners').toBeGreaterThan(2);

    // Shift + arrow pans, the actor stays; Escape lets it go, and the arrows pan again.
    const chosen = await heading.textContent();
    const camera = () => new URL(page.url()).searchParams.get('cam');
    const before = camera();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(camera).not.toBe(before);
    await expect(heading).toHaveText(chosen ?? '');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('actor-panel')).toBeHidden();
    await expect(map).toBeFocused();
    const still = camera();
    await page.keyboard.press('ArrowDown');
    await expect.poll(camera).not.toBe(still);
    expect(mouseEvents()).toBe(0);
  });
}

test('the map describes what it draws: counts, the most connected actors and where the full list is', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  const map = page.getByTestId('map');
  const degree = new Map<string, number>();
  for (const edge of seed.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const [hub] = [...degree].sort((a, b) => b[1] - a[1]);
  const hubLabel = seed.nodes.find((node) => node.id === hub?.[0])?.label ?? '';
  await expect(map).toHaveAccessibleDescription(
    new RegExp(
      `Acteurs retenus : ${seed.nodes.length} sur ${seed.nodes.length} ; alliances : ${seed.edges.length} sur ${seed.edges.length}\\.`,
    ),
  );
  await expect(map).toHaveAccessibleDescription(new RegExp(`Les plus reliés : ${hubLabel} \\(${hub?.[1]} alliances\\)`));
  await expect(map).toHaveAccessibleDescription(/vue « Tableau »/);

  // A filter changes what is drawn, and the description with it.
  await page.goto('./?sdg=13');
  const view = await mapView(page);
  await expect(map).toHaveAccessibleDescription(
    new RegExp(
      `Acteurs retenus : ${view.visibleNodeIds.length} sur ${seed.nodes.length} ; alliances : ${view.visibleEdgeIds.length} sur ${seed.edges.length}\\.`,
    ),
  );
  expect(view.visibleNodeIds.length).toBeLessThan(seed.nodes.length);
});
