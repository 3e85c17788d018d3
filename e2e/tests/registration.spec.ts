import { expect, test } from '@playwright/test';
import { STRONG_PASSWORD, demoAccount, expectNoAxeViolations, openMailTo, switchLanguage, uniqueEmail, userNav } from './support';

// Registration is limited to 10 per IP per hour and every test comes from 127.0.0.1: this file
// registers 3 times per project (one success, one weak password, one taken address).

test.describe('Creating an account', () => {
  test('a resident signs up, confirms the address through the mailbox link and is signed in and verified', async ({ page }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail('nowa-mieszkanka');
    const displayName = 'Zofia Testowa';

    await page.goto('/');
    await userNav(page).getByRole('link', { name: 'Załóż konto' }).click();
    await expect(page).toHaveURL('/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Załóż konto' })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Imię lub pseudonim').fill(displayName);
    await page.getByLabel('Hasło', { exact: true }).fill(STRONG_PASSWORD);
    await expect(page.getByText('Siła hasła: silne')).toBeVisible();
    await expect(page.getByLabel('Język wiadomości e-mail')).toHaveValue('pl');
    await page.getByRole('main').getByRole('button', { name: 'Załóż konto' }).click();

    // The submit button is replaced by the confirmation once the account exists; until then wait for the header.
    await expect(userNav(page).getByRole('button', { name: 'Wyloguj się' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Konto zostało założone.' })).toHaveText(
      `Konto zostało założone. Na adres ${email} wysłaliśmy link potwierdzający.`,
      { timeout: 3_000 },
    );
    await expect(userNav(page)).toContainText(`Zalogowano jako: ${displayName}`, { timeout: 3_000 });
    await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();

    const mail = await openMailTo(page, email, /^Consulta: potwierdź swój adres e-mail$/);
    await expect(mail).toContainText(`Do: ${email}`);
    await expect(mail).toContainText(`Dzień dobry, ${displayName}!`);
    await expectNoAxeViolations(page);

    await mail
      .getByRole('link', { name: /\/verify-email\?token=/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/verify-email\?token=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Potwierdzenie adresu e-mail' })).toBeVisible();
    await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasNotText: 'Sprawdzamy link…' }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Adres e-mail został potwierdzony. Dziękujemy!' })).toBeVisible({
      timeout: 3_000,
    });
    await expect(page.getByRole('alert')).toBeHidden();
    await expectNoAxeViolations(page);

    // Still signed in, now as a verified resident.
    await expect(userNav(page)).toContainText(`Zalogowano jako: ${displayName}`);
    await userNav(page).getByRole('link', { name: 'Moje konto' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moje konto' })).toBeFocused();
    await expect(page.getByText(`Adres e-mail: ${email}`)).toBeVisible();
    await expect(page.getByText('Adres e-mail jest potwierdzony.')).toBeVisible({ timeout: 3_000 });
    // What the server says, after a fresh load.
    await page.reload();
    await expect(page.getByText('Adres e-mail jest potwierdzony.')).toBeVisible();
    await expect(page.getByText('Rola: mieszkaniec')).toBeVisible();
  });

  test('a weak password and an address already in use are refused with translated messages, in Polish and English', async ({ page }) => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Załóż konto' })).toBeVisible();

    // Long enough for the form, but a common password: only the server's policy refuses it.
    await page.getByLabel('Adres e-mail').fill(uniqueEmail('slabe-haslo'));
    await page.getByLabel('Imię lub pseudonim').fill('Marek Próbny');
    await page.getByLabel('Hasło', { exact: true }).fill('password123');
    await page.getByRole('main').getByRole('button', { name: 'Załóż konto' }).click();
    const weakAlert = page.getByRole('alert');
    await expect(weakAlert).toContainText('Hasło jest zbyt łatwe do odgadnięcia. Wybierz dłuższe, mniej oczywiste hasło.');
    await expect(weakAlert).not.toContainText('password: The password is too easy to guess.', { timeout: 3_000 });
    await expect(page).toHaveURL('/register');
    await expectNoAxeViolations(page);

    // The same form, now in English, with a strong password for an address that already has an account.
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Create account' })).toBeVisible();
    await page.getByLabel('E-mail address').fill(demoAccount('resident').email);
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await expect(page.getByText('Password strength: strong')).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert')).toContainText('An account with this e-mail address already exists.');
    await expect(page.getByRole('alert')).not.toContainText('too easy to guess');
    await expect(userNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
