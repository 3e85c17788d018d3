import { expect, test } from '@playwright/test';
import { demoAccount, expectNoAxeViolations, mainNav, signIn, userNav } from './support';

const MARKDOWN_WITHOUT_TITLE = ['## Cel konsultacji', '', 'Chcemy poznać zdanie mieszkańców.', ''].join('\n');

const VALID_MARKDOWN = [
  '# Park kieszonkowy przy ulicy Miodowej — projekt',
  '',
  '## Cel',
  '',
  'Miasto chce urządzić mały park na nieużywanej działce.',
  '',
  '## Co proponujemy',
  '',
  '- ławki i zacienione miejsca do odpoczynku',
  '- nasadzenia drzew i łąka kwietna',
  '',
].join('\n');

test.describe('Administration', () => {
  test('an administrator creates a consultation, sees a line-numbered import error, imports the document and publishes it', async ({
    page,
  }) => {
    // One long flow with five accessibility scans: allow more than the default minute on a busy machine.
    test.setTimeout(120_000);
    const admin = demoAccount('admin');
    const slug = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const title = `Park kieszonkowy ${slug}`;

    await page.goto('/');
    await signIn(page, admin.email, admin.password);
    await expect(page).toHaveURL('/');
    await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();

    const adminLink = mainNav(page).getByRole('link', { name: 'Administracja' });
    await expect(adminLink).toBeVisible({ timeout: 3_000 });
    if (await adminLink.isVisible()) {
      await adminLink.click();
    } else {
      await page.goto('/admin');
    }
    await expect(page).toHaveURL('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Administracja konsultacjami' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Wszystkie konsultacje, także szkice' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Misja Samorządu Miasta Krakowa — projekt do konsultacji' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Nowa konsultacja' }).click();
    await expect(page).toHaveURL('/admin/consultations/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Nowa konsultacja' })).toBeFocused();

    // The form checks the address before anything is sent.
    await page.getByLabel('Adres (slug)').fill('Zły Adres');
    await page.getByRole('button', { name: 'Utwórz konsultację' }).click();
    await expect(page.getByRole('alert')).toHaveText('Formularz zawiera błędy. Popraw zaznaczone pola.');
    await expect(page.getByLabel('Adres (slug)')).toBeFocused();
    await expect(page.getByText('Używaj małych liter, cyfr i pojedynczych łączników, np. misja-krakowa.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Adres (slug)').fill(slug);
    await page.getByLabel('Tytuł').fill(title);
    await page.getByLabel('Streszczenie').fill('Projekt zagospodarowania działki przy ulicy Miodowej na park kieszonkowy.');
    await page.getByRole('radio', { name: 'Po publikacji (postmoderacja)' }).check();
    await page.getByLabel('Obszary tematyczne').fill('kazimierz | Dzielnica I Stare Miasto\nzielen | Zieleń miejska');
    await page.getByRole('checkbox', { name: 'Opublikowana (widoczna dla mieszkańców)' }).check();
    await page.getByRole('button', { name: 'Utwórz konsultację' }).click();

    await expect(page).toHaveURL(`/admin/consultations/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: `Edycja: ${title}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Konsultacja została utworzona.' })).toBeVisible();
    await expect(page.getByText('Nie zaimportowano jeszcze dokumentu.')).toBeVisible();
    await expect(page.getByLabel('Adres (slug)')).toBeDisabled();

    // A document without a "#" title: refused, with the line of the problem.
    const importPanel = page.getByRole('region', { name: 'Import nowej wersji dokumentu' });
    await importPanel.getByLabel('Treść dokumentu (Markdown)').fill(MARKDOWN_WITHOUT_TITLE);
    await importPanel.getByRole('button', { name: 'Importuj wersję' }).click();
    const importError = importPanel.getByRole('alert');
    await expect(importError).toContainText('Dokumentu Markdown nie udało się zaimportować.');
    await expect(importError.getByRole('heading', { name: 'Błędy w dokumencie' })).toBeVisible();
    const problem = importError.getByRole('listitem').filter({ hasText: /^Wiersz 1: / });
    await expect(problem).toContainText('# ');
    await expect(problem).not.toContainText('Line 1:', { timeout: 3_000 });
    await expectNoAxeViolations(page);

    await importPanel.getByLabel('Treść dokumentu (Markdown)').fill(VALID_MARKDOWN);
    await importPanel.getByLabel('Opis zmian').fill('Pierwsza wersja do konsultacji');
    await importPanel.getByRole('button', { name: 'Importuj wersję' }).click();
    const importResult = importPanel.getByRole('status');
    await expect(importResult).toContainText('Zaimportowano wersję 1.');
    await expect(importResult.getByRole('listitem')).toHaveText([
      'Akapity zachowane z poprzedniej wersji: 0',
      'Nowe akapity: 3',
      'Usunięte akapity: 0',
    ]);
    await expect(importPanel.getByRole('alert')).toBeHidden();
    await expect(page.getByText('Obecna wersja dokumentu: 1.')).toBeVisible();
    await expectNoAxeViolations(page);

    // The list offers a preview of the published consultation: the public page, section by section.
    await page.getByRole('link', { name: 'Wróć do listy konsultacji' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
    await expect(row).toContainText('Otwarta');
    await row.getByRole('link', { name: `Podgląd: ${title}` }).click();
    await expect(page).toHaveURL(`/k/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Spis treści' }).getByRole('link')).toHaveText(['Cel', 'Co proponujemy']);
    const document = page.getByRole('region', { name: 'Park kieszonkowy przy ulicy Miodowej — projekt' });
    await expect(document).toContainText('Opis zmian: Pierwsza wersja do konsultacji');
    await expect(document.getByRole('region', { name: 'Cel' })).toContainText('Miasto chce urządzić mały park');
    await expect(document.getByRole('region', { name: 'Co proponujemy' }).getByRole('listitem')).toContainText([
      'ławki i zacienione miejsca do odpoczynku',
      'nasadzenia drzew i łąka kwietna',
    ]);
    await expect(page.getByRole('region', { name: 'Harmonogram' }).getByRole('listitem')).toHaveText([
      'Dzielnica I Stare Miasto',
      'Zieleń miejska',
    ]);
    await expectNoAxeViolations(page);

    // Residents see it too: it is listed on the home page among the open consultations.
    await page.getByRole('link', { name: 'Wszystkie konsultacje' }).click();
    await expect(page.getByRole('region', { name: 'Trwające konsultacje' }).getByRole('link', { name: title })).toBeVisible();
  });
});
