import { expect, test } from '@playwright/test';
import {
  ApiSession,
  createOpenConsultation,
  demoAccount,
  expectNoAxeViolations,
  expectVisibleFocus,
  signIn,
  switchLanguage,
  tabTo,
  userNav,
} from './support';

// TEST_DOCUMENT_MARKDOWN edited: a paragraph extended, one removed and one added in "Transport"; "Zieleń" unchanged.
const SECOND_VERSION = `# Plan testowy

## Transport

Tramwaje kursują częściej w godzinach szczytu i wieczorem.

Autobusy nocne dojeżdżają do każdego osiedla.

## Zieleń

Każda dzielnica ma park w zasięgu krótkiego spaceru.
`;

test.describe('What changed in the text', () => {
  test('an admin imports a second version; an anonymous visitor compares the versions with the keyboard', async ({ page, baseURL }) => {
    // Two sign-ins, an import and three accessibility scans: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    const admin = demoAccount('admin');
    const api = await ApiSession.signIn(baseURL ?? '', admin.email, admin.password);
    const { slug, title } = await createOpenConsultation(api, 'zmiany');
    await api.dispose();

    await page.goto('/');
    await signIn(page, admin.email, admin.password);
    await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();
    await page.goto(`/admin/consultations/${slug}`);
    const importPanel = page.getByRole('region', { name: 'Import nowej wersji dokumentu' });
    await importPanel.getByLabel('Treść dokumentu (Markdown)').fill(SECOND_VERSION);
    await importPanel.getByLabel('Opis zmian').fill('Tramwaje także wieczorem, autobusy nocne zamiast ścieżek');
    await importPanel.getByRole('button', { name: 'Importuj wersję' }).click();
    await expect(importPanel.getByRole('status')).toContainText('Zaimportowano wersję 2.');

    // Someone who is not signed in.
    await page.context().clearCookies();
    await page.goto(`/k/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(userNav(page).getByRole('link', { name: 'Zaloguj się' })).toBeVisible();

    const compare = page.locator('details.version-compare');
    const summary = compare.locator('summary');
    await expect(summary).toHaveText('Porównaj wersje');
    // Start from the version history just before it (the paragraph buttons above are many and alike).
    await page.locator('details.version-history > summary').focus();
    await tabTo(page, summary);
    await expectVisibleFocus(summary);
    await page.keyboard.press('Enter');
    await expect(compare).toHaveAttribute('open', '');

    await expect(compare.getByLabel('Wcześniejsza wersja')).toHaveValue('1');
    await expect(compare.getByLabel('Późniejsza wersja')).toHaveValue('2');
    await expect(compare.getByRole('status')).toHaveText('Porównanie gotowe: 3 zmienione akapity.');
    await expect(compare.getByRole('heading', { level: 3, name: 'Zmiany między wersją 1 a wersją 2' })).toBeVisible();
    await expect(compare.getByRole('heading', { level: 4 })).toHaveText(['Transport']);

    const changes = compare.locator('li.diff-change');
    await expect(changes.locator('.diff-change__kind')).toHaveText(['Zmieniony akapit', 'Usunięty akapit', 'Dodany akapit']);
    const changed = changes.nth(0);
    await expect(changed.locator('ins')).toHaveText('dodano: i wieczorem');
    await expect(changed.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
    await expect(changed).toContainText('Tramwaje kursują częściej w godzinach szczytu');
    await expect(changes.nth(1).locator('del')).toHaveText('usunięto: Ścieżki rowerowe łączą wszystkie dzielnice miasta.');
    await expect(changes.nth(1).locator('del')).toHaveCSS('text-decoration-line', 'line-through');
    await expect(changes.nth(2).locator('ins')).toHaveText('dodano: Autobusy nocne dojeżdżają do każdego osiedla.');
    // The screen-reader labels take no room on screen.
    expect((await changed.locator('ins .visually-hidden').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(page);

    // Keyboard: Tab reaches the version choice, with visible focus.
    const from = compare.getByLabel('Wcześniejsza wersja');
    await tabTo(page, from);
    await expectVisibleFocus(from);
    await from.selectOption('2');
    await expect(compare.getByRole('status')).toHaveText('Porównanie gotowe: 0 zmienionych akapitów.');
    await expect(compare.getByText('Między tymi wersjami tekst się nie zmienił.')).toBeVisible();

    // A reversed choice is explained, not sent.
    await compare.getByLabel('Późniejsza wersja').selectOption('1');
    await expect(compare.getByRole('alert')).toHaveText('Wybierz dwie wersje dokumentu: najpierw wcześniejszą, potem późniejszą.');
    await expectNoAxeViolations(page);

    // English chrome around the Polish text.
    await from.selectOption('1');
    await compare.getByLabel('Późniejsza wersja').selectOption('2');
    await expect(compare.getByRole('status')).toHaveText('Porównanie gotowe: 3 zmienione akapity.');
    await switchLanguage(page, 'en');
    await expect(compare.getByRole('status')).toHaveText('Comparison ready: 3 paragraphs changed.');
    await expect(compare.getByLabel('Earlier version')).toHaveValue('1');
    await expect(changes.locator('.diff-change__kind')).toHaveText(['Changed paragraph', 'Removed paragraph', 'Added paragraph']);
    await expect(changes.nth(0).locator('ins')).toHaveText('inserted: i wieczorem');
    await expectNoAxeViolations(page);
  });
});
