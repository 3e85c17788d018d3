import { expect, test } from '@playwright/test';
import { STRONG_PASSWORD, appBug, demoAccount, expectNoAxeViolations, openMailTo, switchLanguage, uniqueEmail, userNav } from './support';

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
    await expect
      .soft(
        page.getByRole('status').filter({ hasText: 'Konto zostało założone.' }),
        appBug(
          'after a successful POST /api/auth/register (201) the register page keeps showing the filled form instead of ' +
            '"Konto zostało założone. Na adres … wysłaliśmy link potwierdzający.": the API answers { user } (SessionDto) but ' +
            'IdentityApi.register types the body as UserDto, so registeredEmail() is undefined',
        ),
      )
      .toHaveText(`Konto zostało założone. Na adres ${email} wysłaliśmy link potwierdzający.`, { timeout: 3_000 });
    await expect
      .soft(
        userNav(page),
        appBug('after registering, the header reads "Zalogowano jako:" with no name (same cause: the session store holds { user })'),
      )
      .toContainText(`Zalogowano jako: ${displayName}`, { timeout: 3_000 });
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
    await expect
      .soft(
        page.getByRole('status').filter({ hasText: 'Adres e-mail został potwierdzony. Dziękujemy!' }),
        appBug(
          'the verification link confirms the address (POST /api/auth/verify-email answers 204) but the page shows ' +
            '"Wystąpił nieoczekiwany błąd. Spróbuj ponownie." and a "Wyślij nowy link" button: IdentityApi.verifyEmail expects ' +
            'a UserDto body and SessionStore.verifyEmail reads user.id of null',
        ),
      )
      .toBeVisible({ timeout: 3_000 });
    await expect.soft(page.getByRole('alert'), appBug('an error alert is shown after a successful verification')).toBeHidden();
    await expectNoAxeViolations(page);

    // Still signed in, now as a verified resident.
    await expect(userNav(page)).toContainText(`Zalogowano jako: ${displayName}`);
    await userNav(page).getByRole('link', { name: 'Moje konto' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moje konto' })).toBeFocused();
    await expect(page.getByText(`Adres e-mail: ${email}`)).toBeVisible();
    await expect
      .soft(
        page.getByText('Adres e-mail jest potwierdzony.'),
        appBug(
          'right after verifying, the account page still says "Adres e-mail nie został jeszcze potwierdzony.": SessionStore.verifyEmail cannot refresh the user from a 204 answer (same cause as above)',
        ),
      )
      .toBeVisible({ timeout: 3_000 });
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
    await expect
      .soft(
        weakAlert,
        appBug(
          "the PASSWORD_TOO_WEAK alert on the Polish page lists the server's English details verbatim, with the raw field " +
            'name ("password: The password is too easy to guess.", "password: This is a commonly used password.", …)',
        ),
      )
      .not.toContainText('password: The password is too easy to guess.', { timeout: 3_000 });
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
