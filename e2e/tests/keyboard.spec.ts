import { Locator, Page, expect, test } from '@playwright/test';
import { KRAKOW_MISSION, demoAccount, expectNoAxeViolations, expectVisibleFocus, userNav } from './support';

/** Presses Tab (or Shift+Tab) until `target` has focus, checking that every press moves focus to something else. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', maxPresses = 25): Promise<void> {
  let previous = '';
  for (let press = 1; press <= maxPresses; press++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element && element !== document.body ? element.outerHTML.slice(0, 200) : '';
    });
    expect(focused, `${key} press ${press} left focus nowhere`).not.toBe('');
    expect(focused, `${key} press ${press} did not move focus`).not.toBe(previous);
    previous = focused;
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
  }
  throw new Error(`Focus did not reach ${target.toString()} within ${maxPresses} ${key} presses`);
}

test.describe('Keyboard only', () => {
  test('a resident signs in and reaches a section of the Kraków consultation with the keyboard alone', async ({ page }) => {
    const resident = demoAccount('resident');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Konsultacje społeczne w Krakowie' })).toBeVisible();

    // The first Tab reveals the skip link; it moves focus past the header to the main content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Przejdź do treści' });
    await expectVisibleFocus(skipLink);
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(skipLink).not.toBeInViewport();
    // The next Tab goes on from the content, not from the header: to the first open consultation (other tests running
    // at the same time may have opened newer ones, listed first).
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page.getByRole('region', { name: 'Trwające konsultacje' }).getByRole('link').first());

    // Back up into the header, to "Zaloguj się".
    const signInLink = userNav(page).getByRole('link', { name: 'Zaloguj się' });
    await tabTo(page, signInLink, 'Shift+Tab');
    await expectVisibleFocus(signInLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Zaloguj się' })).toBeFocused();

    await page.keyboard.press('Tab');
    await expectVisibleFocus(page.getByLabel('Adres e-mail'));
    await page.keyboard.type(resident.email);
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page.getByLabel('Hasło'));
    await page.keyboard.type(resident.password);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL('/');
    await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Konsultacje społeczne w Krakowie' })).toBeFocused();

    // From the page heading, the next stop is the consultation.
    const consultationLink = page.getByRole('region', { name: 'Trwające konsultacje' }).getByRole('link', { name: KRAKOW_MISSION.title });
    await expect(consultationLink).toBeVisible();
    await page.waitForLoadState('networkidle');
    await tabTo(page, consultationLink, 'Tab', 60);
    await expectVisibleFocus(consultationLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/k/${KRAKOW_MISSION.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: KRAKOW_MISSION.title })).toBeFocused();

    const tocLink = page.getByRole('navigation', { name: 'Spis treści' }).getByRole('link', { name: KRAKOW_MISSION.sections[4] });
    // Start tabbing once the page has finished loading (comment counts arrive after the document).
    await expect(page.getByRole('button', { name: /^Pokaż dyskusję/ }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await tabTo(page, tocLink);
    await expectVisibleFocus(tocLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#s-[\w-]+$/);
    const section = page.getByRole('region', { name: KRAKOW_MISSION.sections[4], exact: true });
    await expect(section).toBeFocused();
    await expect(section).toBeInViewport();
    await expectNoAxeViolations(page);
  });
});
