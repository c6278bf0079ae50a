import { basemapColours } from '../src/lib/map/palette';
import {
	expect,
	hexToRgb,
	near,
	pixelAt,
	screenPointOf,
	test,
	waitForMap,
	waitForMapSettled
} from './fixtures';

const SARY_SHAGAN: [number, number] = [72.86667, 46.38333];

test('a permalink to a leased military site opens its details with status and publisher; the toggle hides it and the legend follows', async ({
	page,
	watch
}) => {
	await page.goto('/?l=military&f=mil-sary-shagan');
	await waitForMap(page);

	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		'Sary-Shagan anti-ballistic missile test range'
	);
	await expect(details).toContainText('Russian military test range');
	await expect(details.getByTestId('military-status')).toContainText('Leased to Russia and in use');
	// Figures carry their publisher; the nominal point says what it stands for.
	await expect(details).toContainText('Ratified by Kazakhstan');
	await expect(details.getByRole('link', { name: /^Adilet/ }).first()).toHaveAttribute(
		'href',
		'https://adilet.zan.kz/kaz/docs/Z000000074_'
	);
	await expect(details.getByRole('link', { name: 'The Times of Central Asia' })).toBeVisible();
	await expect(details).toContainText('quoting Kazakh Ministry of Defence');
	await expect(details).toContainText('A nominal point');
	await expect(details.getByTestId('mentions')).toContainText('Paragraph 7');

	// On the map: the layer is drawn, and the legend lists it with only it switched on.
	const legend = page.getByTestId('legend');
	await expect(page.getByTestId('toggle-military')).toBeChecked();
	await expect(legend).toContainText('Russian military sites, Jan 2022');
	await expect(legend).not.toContainText('CSTO contingents');

	// The site is pickable where it is drawn: its tooltip names it (hovered once the camera is still).
	await waitForMapSettled(page);
	const p = await screenPointOf(page, SARY_SHAGAN);
	await page.mouse.move(p.x - 30, p.y - 30);
	await page.mouse.move(p.x, p.y, { steps: 3 });
	await expect(page.getByTestId('tooltip')).toContainText('Sary-Shagan');
	// Drawn in its olive (green well above blue), not the land under it; the pointer moved off first,
	// so deck.gl's hover highlight does not tint it.
	await page.mouse.move(p.x - 120, p.y - 120);
	const land = hexToRgb(basemapColours.land);
	// Polled: the frame without the highlight comes after the pointer's move.
	await expect
		.poll(async () => {
			const on = await pixelAt(page, SARY_SHAGAN);
			return on[1]! - on[2]! > 60 && !near(on, land, 40) ? 'olive' : `marker pixel ${on}`;
		})
		.toBe('olive');

	// The toggle hides the layer: the land shows again, nothing is picked there, the legend drops it.
	await page.getByTestId('toggle-military').uncheck();
	await expect(legend).not.toContainText('Russian military sites, Jan 2022');
	await expect.poll(async () => near(await pixelAt(page, SARY_SHAGAN), land, 25)).toBe(true);
	await page.mouse.move(p.x - 30, p.y - 30);
	await page.mouse.move(p.x, p.y, { steps: 3 });
	await expect(page.getByTestId('tooltip').filter({ hasText: 'Sary-Shagan' })).toHaveCount(0);
	await expect(page).not.toHaveURL(/[?&]l=[^&]*military/);

	await page.getByTestId('toggle-military').check();
	await expect(legend).toContainText('Russian military sites, Jan 2022');
	expect(watch.errors).toEqual([]);
});

test('paragraph 7 turns the military layer on, and its phrase leads to the sites', async ({ page }) => {
	await page.goto('/?l=regions');
	await waitForMap(page);
	await expect(page.getByTestId('toggle-military')).not.toBeChecked();
	await page.getByTestId('story-toggle').uncheck();
	await page.getByTestId('locate-p7').click();
	await expect(page.getByTestId('toggle-military')).toBeChecked();
	await expect(page.getByTestId('legend')).toContainText('Russian military sites, Jan 2022');
	await page.locator('#p7').getByRole('button', { name: 'on a long-term basis' }).click();
	await expect(page.getByTestId('announcer')).toContainText('on a long-term basis');
	// The three sites lie between the Caspian and Lake Balkhash: the camera leaves the Black Sea.
	await expect
		.poll(() =>
			page.evaluate(() => {
				const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
				return !map.isMoving() && map.getCenter().lng > 55 && map.getCenter().lng < 75;
			})
		)
		.toBe(true);
});
