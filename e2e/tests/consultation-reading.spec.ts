import { expect, test } from '@playwright/test';
import { KRAKOW_MISSION, expectNoAxeViolations, mainNav, switchLanguage, userNav } from './support';

test.describe('Reading a consultation', () => {
  test('a resident finds the open Kraków consultation and reads it section by section, in Polish', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1, name: 'Konsultacje społeczne w Krakowie' })).toBeVisible();
    await expect(page).toHaveTitle('Konsultacje społeczne · Consulta Kraków');

    const open = page.getByRole('region', { name: 'Trwające konsultacje' });
    const card = open.getByRole('article').filter({ hasText: KRAKOW_MISSION.title });
    await expect(card.getByRole('link', { name: KRAKOW_MISSION.title })).toBeVisible();
    await expect(card).toContainText('Otwarta');
    await expectNoAxeViolations(page);

    await card.getByRole('link', { name: KRAKOW_MISSION.title }).click();
    await expect(page).toHaveURL(`/k/${KRAKOW_MISSION.slug}`);
    const heading = page.getByRole('heading', { level: 1, name: KRAKOW_MISSION.title });
    await expect(heading).toBeVisible();
    // After an in-app navigation the new page's heading takes focus, as a full page load would start there.
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`${KRAKOW_MISSION.title} · Consulta Kraków`);
    await expect(page.getByRole('region', { name: 'Harmonogram' })).toContainText('Otwarta');

    const toc = page.getByRole('navigation', { name: 'Spis treści' });
    await expect(toc.getByRole('link')).toHaveText([...KRAKOW_MISSION.sections]);

    const document = page.getByRole('region', { name: KRAKOW_MISSION.title });
    for (const title of KRAKOW_MISSION.sections) {
      const section = document.getByRole('region', { name: title, exact: true });
      await expect(section.getByRole('heading', { level: 3, name: title })).toBeVisible();
    }
    await expect(document.getByRole('region', { name: 'Skąd ten projekt' })).toContainText('Podczas warsztatu 1 października 2013 r.');
    const keyElements = document.getByRole('region', { name: KRAKOW_MISSION.sections[4] }).getByRole('listitem');
    await expect(keyElements).toHaveCount(KRAKOW_MISSION.keyElementCount);
    await expect(keyElements.first()).toContainText('świadomi i aktywni mieszkańcy oraz komunikowanie się z mieszkańcami');
    // A list item wrapped over two lines in the Markdown reads as one item.
    await expect(keyElements.nth(6)).toContainText(
      'stworzenie płaszczyzny (przestrzeni publicznej) do wypracowania konsensusu, współpracy i współdziałania: ' +
        'płaszczyzna wymiany poglądów i płaszczyzna dochodzenia do konsensusu',
    );
    await expectNoAxeViolations(page);

    // The table of contents jumps to a section and the address points at it.
    const target = document.getByRole('region', { name: 'Misja — podstawa współpracy', exact: true });
    await toc.getByRole('link', { name: 'Misja — podstawa współpracy' }).click();
    await expect(page).toHaveURL(/\/k\/misja-krakowa#s-[\w-]+$/);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();

    // The same address, opened afresh (a shared link or a reload), lands on that section.
    const deepLink = page.url();
    await page.reload();
    expect(page.url()).toBe(deepLink);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();

    await page.getByRole('link', { name: 'Wszystkie konsultacje' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Konsultacje społeczne w Krakowie' })).toBeFocused();
  });

  test('a visitor switches to English and the choice survives a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Konsultacje społeczne w Krakowie' })).toBeVisible();

    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Public consultations in Kraków' })).toBeVisible();
    await expect(page).toHaveTitle('Public consultations · Consulta Kraków');
    await expect(mainNav(page).getByRole('link', { name: 'Consultations' })).toBeVisible();
    await expect(userNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(userNav(page).getByRole('link', { name: 'Create account' })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Development mailbox' })).toBeVisible();
    const open = page.getByRole('region', { name: 'Open consultations' });
    await expect(open.getByRole('article').filter({ hasText: KRAKOW_MISSION.title })).toContainText('Open');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Public consultations in Kraków' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoAxeViolations(page);

    await open.getByRole('link', { name: KRAKOW_MISSION.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: KRAKOW_MISSION.title })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Consultation closes');
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(/\d+ days? left\./);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    await expect(toc.getByRole('link')).toHaveText([...KRAKOW_MISSION.sections]);
    await expect(page.getByRole('link', { name: 'All consultations' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Back to Polish, on the consultation page itself, without a reload.
    await switchLanguage(page, 'pl');
    await expect(page.getByRole('navigation', { name: 'Spis treści' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Wszystkie konsultacje' })).toBeVisible();
  });
});
