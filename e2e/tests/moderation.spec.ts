import { Locator, Page, expect, test } from '@playwright/test';
import {
  createPreModeratedConsultation,
  demoAccount,
  DemoAccount,
  expectNoAxeViolations,
  expectVisibleFocus,
  newPerson,
  searchWord,
  signIn,
  tabTo,
  userNav,
} from './support';

/**
 * The moderation queue, worked by keyboard. Each test makes its own pre-moderated consultation and finds its comments
 * by a unique search word, so the tests run in parallel with others on one server.
 */

async function signInAs(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/');
  await signIn(page, account.email, account.password);
  await expect(userNav(page).getByRole('link', { name: 'Moje uwagi' })).toBeVisible();
}

/** The pre-moderated consultation both tests create (with their own slug and title). */
const PLAYGROUND = {
  summary: 'Projekt urządzenia placu zabaw przy ulicy Bocianiej.',
  heading: 'Plac zabaw przy ulicy Bocianiej',
  paragraph: 'Miasto chce urządzić plac zabaw z piaskownicą.',
};

/** The resident writes a comment on the whole section "Cel"; it waits for moderation. */
async function writeComment(page: Page, slug: string, text: string): Promise<void> {
  await page.goto(`/k/${slug}`);
  const section = page.getByRole('region', { name: 'Cel', exact: true });
  const toggle = section.getByRole('button', { name: /^Pokaż dyskusję ?: Cel$/ });
  await toggle.click();
  const panel = page.getByRole('region', { name: 'Dyskusja: Cel', exact: true });
  await panel.getByRole('button', { name: 'Napisz komentarz do rozdziału' }).click();
  const form = panel.getByRole('form', { name: 'Nowy komentarz' });
  await form.getByRole('textbox', { name: 'Treść komentarza', exact: true }).fill(text);
  await form.getByRole('group', { name: 'Twoje stanowisko' }).getByRole('radio', { name: 'Propozycja zmiany' }).check();
  await form.getByRole('checkbox', { name: /^Wyrażam zgodę na przetwarzanie/ }).check();
  await form.getByRole('button', { name: 'Wyślij komentarz' }).click();
  await expect(panel.getByRole('article').filter({ hasText: text })).toContainText('Czeka na moderację');
}

/** Types the search word into the filter form by keyboard and submits it; returns the listed items. */
async function searchQueue(page: Page, word: string): Promise<Locator> {
  await expect(page.getByRole('heading', { level: 1, name: 'Moderacja komentarzy' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Szukaj w treści' });
  await tabTo(page, search, 'Tab', 40);
  await expectVisibleFocus(search);
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  return page.getByRole('list', { name: 'Uwagi do moderacji' }).getByRole('article');
}

function announcement(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

test.describe('Moderation', () => {
  // Three people, several pages and accessibility scans: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 150_000 });

  test('PL, keyboard only: a moderator approves one comment with a shortcut and rejects another with a reason', async ({
    page,
    browser,
  }, testInfo) => {
    const slug = `e2e-mod-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const title = `Plac zabaw przy ulicy Bocianiej ${slug}`;
    const word = searchWord('znacznik');
    const approvedText = `Proszę o cień nad piaskownicą, ${word}.`;
    const rejectedText = `Kupujcie tanie zabawki w moim sklepie, ${word}!`;
    const note = 'Reklama nie dotyczy projektu placu.';

    await createPreModeratedConsultation(page, { slug, title, ...PLAYGROUND });

    const resident = await newPerson(browser, testInfo);
    const moderator = await newPerson(browser, testInfo);
    try {
      const residentPage = resident.page;
      await signInAs(residentPage, demoAccount('resident'));
      await writeComment(residentPage, slug, approvedText);
      await writeComment(residentPage, slug, rejectedText);

      const staff = moderator.page;
      await signInAs(staff, demoAccount('moderator'));
      // From the home page, fully loaded, along the header by Tab.
      await staff.goto('/');
      await expect(staff.getByRole('heading', { level: 1, name: 'Konsultacje społeczne w Krakowie' })).toBeVisible();
      const moderationLink = staff.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Moderacja' });
      await tabTo(staff, moderationLink, 'Tab', 15);
      await staff.keyboard.press('Enter');
      await expect(staff).toHaveURL('/moderation');
      await expect(staff.getByRole('heading', { level: 1, name: 'Moderacja komentarzy' })).toBeVisible();
      await expect(staff.getByRole('region', { name: 'Skróty klawiszowe' })).toContainText('zatwierdź uwagę');
      await expect(staff.getByRole('checkbox', { name: 'Włącz skróty jednoklawiszowe' })).toBeChecked();

      const items = await searchQueue(staff, word);
      await expect(items).toHaveCount(2);
      const first = items.filter({ hasText: approvedText });
      const second = items.filter({ hasText: rejectedText });
      await expect(items.first()).toContainText(approvedText);
      await expect(first).toContainText(`Konsultacja: ${title}`);
      await expect(first).toContainText('Czeka na moderację');
      await expectNoAxeViolations(staff);

      // Into the list: the first item is its one Tab stop.
      await tabTo(staff, first, 'Tab', 30);
      await expectVisibleFocus(first);

      // "a" approves; the result is announced and focus moves to the next item waiting.
      await staff.keyboard.press('a');
      await expect(announcement(staff, 'Zatwierdzono.')).toBeAttached();
      await expect(second).toBeFocused();
      await expect(first).toContainText('Opublikowany');
      await expectNoAxeViolations(staff);

      // "r" opens the reason dialog; arrows choose the reason, Tab reaches the note and the button.
      await staff.keyboard.press('r');
      const dialog = staff.getByRole('dialog', { name: 'Odrzucenie uwagi: Anna Nowak' });
      await expect(dialog).toBeVisible();
      const reasons = dialog.getByRole('group', { name: 'Powód' });
      await expect(reasons.getByRole('radio', { name: 'obraźliwe treści' })).toBeFocused();
      await expectNoAxeViolations(staff);
      await staff.keyboard.press('ArrowDown');
      await staff.keyboard.press('ArrowDown');
      const spam = reasons.getByRole('radio', { name: 'spam' });
      await expectVisibleFocus(spam);
      await expect(spam).toBeChecked();
      const noteField = dialog.getByRole('textbox', { name: 'Wyjaśnienie dla autora (nieobowiązkowe)' });
      await tabTo(staff, noteField);
      await staff.keyboard.type(note);
      const reject = dialog.getByRole('button', { name: 'Odrzuć' });
      await tabTo(staff, reject);
      await expectVisibleFocus(reject);
      await staff.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(announcement(staff, 'Odrzucono.')).toBeAttached();
      await expect(second).toContainText('Odrzucony przez moderatora');
      await expect(second).toContainText('Powód: spam');
      // No item waits any more: focus stays on the decided one.
      await expect(second).toBeFocused();
      await expectNoAxeViolations(staff);

      // On an item already decided, "r" only says so.
      await staff.keyboard.press('k');
      await expect(first).toBeFocused();
      await staff.keyboard.press('r');
      await expect(announcement(staff, 'Ta uwaga nie czeka na decyzję.')).toBeAttached();
      await expect(staff.getByRole('dialog')).toHaveCount(0);

      // The resident sees both outcomes under "Moje uwagi".
      await userNav(residentPage).getByRole('link', { name: 'Moje uwagi' }).click();
      await expect(residentPage.getByRole('heading', { level: 1, name: 'Moje uwagi' })).toBeVisible();
      const approved = residentPage.getByRole('article', { name: `Konsultacja: ${title}` }).filter({ hasText: approvedText });
      await expect(approved).toContainText('Stan: Opublikowany');
      const rejected = residentPage.getByRole('article', { name: `Konsultacja: ${title}` }).filter({ hasText: rejectedText });
      await expect(rejected).toContainText('Stan: Odrzucony przez moderatora');
      await expect(rejected).toContainText('Powód: spam');
      await expect(rejected).toContainText(`Wyjaśnienie moderatora: ${note}`);
      await expectNoAxeViolations(residentPage);
    } finally {
      await resident.context.close();
      await moderator.context.close();
    }
  });

  test('PL, keyboard only: Escape closes the reject dialog without a decision and the shortcuts can be turned off', async ({
    page,
    browser,
  }, testInfo) => {
    const slug = `e2e-mod-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const title = `Plac zabaw przy ulicy Bocianiej ${slug}`;
    const word = searchWord('znacznik');
    const text = `Proszę o ławki dla rodziców, ${word}.`;

    await createPreModeratedConsultation(page, { slug, title, ...PLAYGROUND });
    const resident = await newPerson(browser, testInfo);
    try {
      await signInAs(resident.page, demoAccount('resident'));
      await writeComment(resident.page, slug, text);
    } finally {
      await resident.context.close();
    }

    const staff = (await newPerson(browser, testInfo)).page;
    try {
      await signInAs(staff, demoAccount('moderator'));
      await staff.goto('/moderation');
      const item = (await searchQueue(staff, word)).filter({ hasText: text });
      await expect(item).toHaveCount(1);
      await tabTo(staff, item, 'Tab', 30);

      await staff.keyboard.press('r');
      const dialog = staff.getByRole('dialog', { name: 'Odrzucenie uwagi: Anna Nowak' });
      await expect(dialog).toBeVisible();
      await staff.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(item).toBeFocused();
      await expect(item).toContainText('Czeka na moderację');

      // Turned off, the letters do nothing (here: no approval).
      const toggle = staff.getByRole('checkbox', { name: 'Włącz skróty jednoklawiszowe' });
      await tabTo(staff, toggle, 'Shift+Tab', 40);
      await staff.keyboard.press('Space');
      await expect(toggle).not.toBeChecked();
      await tabTo(staff, item, 'Tab', 40);
      await staff.keyboard.press('a');
      await expect(item).toBeFocused();
      await expect(item).toContainText('Czeka na moderację');
      await expect(announcement(staff, 'Zatwierdzono.')).toHaveCount(0);
      await expectNoAxeViolations(staff);

      // The server agrees: after a reload the comment still waits, and the choice was remembered.
      await staff.reload();
      const again = (await searchQueue(staff, word)).filter({ hasText: text });
      await expect(again).toContainText('Czeka na moderację');
      await expect(toggle).not.toBeChecked();
    } finally {
      await staff.context().close();
    }
  });
});
