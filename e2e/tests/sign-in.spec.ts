import { expect, test } from '@playwright/test';
import { demoAccount, expectNoAxeViolations, signIn, switchLanguage, userNav } from './support';

test.describe('Signing in and out', () => {
  test('the demo resident is refused with a wrong password, signs in, opens the account page and signs out, in English', async ({
    page,
  }) => {
    const resident = demoAccount('resident');
    await page.goto('/');
    await switchLanguage(page, 'en');

    await signIn(page, resident.email, `${resident.password}-wrong`);
    await expect(page.getByRole('alert')).toHaveText('Wrong e-mail address or password.');
    await expect(page).toHaveURL('/login');
    await expect(page).toHaveTitle('Sign in · Consulta Kraków');
    await expectNoAxeViolations(page);

    await page.getByLabel('Password').fill(resident.password);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Public consultations in Kraków' })).toBeFocused();
    const accountLink = userNav(page).getByRole('link', { name: 'My account' });
    await expect(accountLink).toBeVisible();
    await expect(userNav(page).getByRole('link', { name: 'Sign in' })).toBeHidden();
    await expect(userNav(page)).toContainText(/Signed in as:\s*\S/, { timeout: 3_000 });

    await accountLink.click();
    await expect(page).toHaveURL('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await expect(page.getByText(`E-mail address: ${resident.email}`)).toBeVisible({ timeout: 3_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeFocused({ timeout: 1_000 });
    // A fresh load asks the server who is signed in: the account page must then be complete.
    await page.reload();
    await expect(page.getByText(`E-mail address: ${resident.email}`)).toBeVisible();
    await expect(page.getByText('Your e-mail address is confirmed.')).toBeVisible();
    await expect(page.getByText('Role: resident')).toBeVisible();
    await expect(page.getByLabel('Name or nickname')).not.toHaveValue('');
    await expectNoAxeViolations(page);

    await page.getByRole('region', { name: 'Sign out' }).getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/');
    await expect(userNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(userNav(page).getByRole('link', { name: 'My account' })).toBeHidden();

    // Signed out for real: the account page now asks to sign in first.
    await page.goto('/account');
    await expect(page).toHaveURL('/login?returnUrl=%2Faccount');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});
