import { expect, test } from '@playwright/test';
import { STRONG_PASSWORD, expectNoAxeViolations, openMailTo, signIn, switchLanguage, uniqueEmail, userNav } from './support';

test.describe('Forgotten password', () => {
  test('a resident who forgot the password sets a new one through the mailed link and signs in with it, in English', async ({ page }) => {
    // A long flow (register, mailbox twice, four accessibility scans): allow more than the default minute on a busy machine.
    test.setTimeout(120_000);
    // A fresh account: the shared demo accounts must keep their passwords.
    const email = uniqueEmail('forgetful');
    const newPassword = 'Zielony-Most-Nad-Rudawą-1957';

    await page.goto('/');
    await switchLanguage(page, 'en');
    await userNav(page).getByRole('link', { name: 'Create account' }).click();
    await expect(page.getByLabel('Language of e-mails')).toHaveValue('en');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Name or nickname').fill('Piotr Forgetful');
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Create account' }).click();
    const signOut = userNav(page).getByRole('button', { name: 'Sign out' });
    await expect(signOut).toBeVisible();
    await signOut.click();
    await expect(userNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();

    await userNav(page).getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expect(page).toHaveURL('/forgot-password');
    await expect(page.getByRole('heading', { level: 1, name: 'Forgotten password' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await expect(page.getByRole('status')).toHaveText('If an account with this address exists, we have sent it a password reset link.');
    await expectNoAxeViolations(page);

    const mail = await openMailTo(page, email, /^Consulta: set a new password$/);
    await mail
      .getByRole('link', { name: /\/reset-password\?token=/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/reset-password\?token=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Two different entries are caught before anything is sent.
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat the new password').fill(`${newPassword}!`);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByText('The passwords do not match.')).toBeVisible();
    await expect(page.getByLabel('Repeat the new password')).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByLabel('Repeat the new password').fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByRole('status')).toHaveText('Your password has been changed. You can sign in now.');

    // The old password no longer opens the account; the new one does.
    await signIn(page, email, STRONG_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('Wrong e-mail address or password.');
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL('/');
    await expect(userNav(page).getByRole('link', { name: 'My account' })).toBeVisible();

    // The reset link works once.
    const mailAgain = await openMailTo(page, email, /^Consulta: set a new password$/);
    await mailAgain
      .getByRole('link', { name: /\/reset-password\?token=/ })
      .first()
      .click();
    await page.getByLabel('New password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel('Repeat the new password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByRole('alert')).toContainText('This link has already been used.');
  });
});
