import { Page, expect, test } from '@playwright/test';
import {
  ApiSession,
  createOpenConsultation,
  demoAccount,
  demoResidents,
  expectNoAxeViolations,
  newPerson,
  searchWord,
  signIn,
  tabTo,
  userNav,
} from './support';

/**
 * The city's decision on a comment, drafted by one staff member and approved by another (issue 4), then shown to
 * everyone under the comment. The consultation and its comment are made through the API; the decision through the UI.
 */

async function openQueueItem(page: Page, account: 'moderator' | 'admin', word: string) {
  const { email, password } = demoAccount(account);
  await page.goto('/');
  await signIn(page, email, password);
  await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();
  await page.goto('/moderation');
  await expect(page.getByRole('heading', { level: 1, name: 'Moderacja komentarzy' })).toBeVisible();
  // Published comments too: the filter's default shows the waiting ones only.
  await page.getByLabel('Stan', { exact: true }).selectOption({ label: 'Opublikowany' });
  await page.getByRole('searchbox', { name: 'Szukaj w treści' }).fill(word);
  await page.getByRole('searchbox', { name: 'Szukaj w treści' }).press('Enter');
  const item = page.getByRole('list', { name: 'Uwagi do moderacji' }).getByRole('article');
  await expect(item).toHaveCount(1);
  return item;
}

test.describe('The city’s decision on a comment', () => {
  // Three people and three accessibility scans on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test('PL: a moderator drafts a decision, cannot approve it alone, an admin approves it and the public sees it', async ({
    browser,
  }, testInfo) => {
    const baseURL = testInfo.project.use.baseURL ?? '';
    const word = searchWord('rozstrzygniecie');
    const text = `Proszę dodać ścieżkę rowerową wzdłuż Wisły, ${word}.`;
    const justification = 'Ścieżka wzdłuż Wisły jest w planie na lata 2027–2029; pozostałe odcinki rozważymy później.';

    const admin = await ApiSession.signIn(baseURL, demoAccount('admin').email, demoAccount('admin').password);
    const [anna] = demoResidents();
    const resident = await ApiSession.signIn(baseURL, anna.email, anna.password);
    let slug = '';
    try {
      ({ slug } = await createOpenConsultation(admin, 'rozstrzygniecie'));
      const detail = await admin.send<{ document: { sections: { key: string; title: string }[] } }>(
        'GET',
        `/api/consultations/${slug}`,
        undefined,
        200,
      );
      const sectionKey = detail.document.sections.find((section) => section.title === 'Transport')?.key;
      await resident.send(
        'POST',
        `/api/consultations/${slug}/comments`,
        { sectionKey, text, stance: 'proposes_change', submitterType: 'resident', personalDataConsent: true },
        201,
      );
    } finally {
      await Promise.all([admin.dispose(), resident.dispose()]);
    }

    const moderator = await newPerson(browser, testInfo);
    const approver = await newPerson(browser, testInfo);
    try {
      // The moderator drafts the decision, by keyboard.
      const item = await openQueueItem(moderator.page, 'moderator', word);
      await expect(item).toContainText('bez rozstrzygnięcia');
      const toggle = item.getByRole('button', { name: 'Rozstrzygnięcie', exact: true });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const panel = item.getByRole('region', { name: 'Rozstrzygnięcie miasta' });
      await expect(panel).toContainText('Ta uwaga nie ma jeszcze rozstrzygnięcia.');
      await panel.getByRole('button', { name: 'Przygotuj rozstrzygnięcie' }).click();
      const form = panel.getByRole('form', { name: 'Projekt rozstrzygnięcia' });
      // Saving without a decision names what is missing.
      await form.getByRole('button', { name: 'Zapisz projekt' }).click();
      await expect(form).toContainText('Wybierz decyzję.');
      const partly = form.getByRole('radio', { name: 'Uwaga uwzględniona częściowo' });
      await partly.focus();
      await moderator.page.keyboard.press('Space');
      await expect(partly).toBeChecked();
      const field = form.getByRole('textbox', { name: 'Uzasadnienie' });
      await tabTo(moderator.page, field);
      await moderator.page.keyboard.type(justification);
      await expectNoAxeViolations(moderator.page);
      await moderator.page.keyboard.press('Tab');
      await moderator.page.keyboard.press('Enter');
      await expect(panel.getByRole('status')).toHaveText('Zapisano projekt rozstrzygnięcia. Musi go zatwierdzić inna osoba.');
      await expect(panel).toContainText('Projekt rozstrzygnięcia (wersja 1): Uwaga uwzględniona częściowo');
      await expect(item).toContainText('projekt rozstrzygnięcia');

      // The one who drafted it may not approve it.
      await panel.getByRole('button', { name: 'Zatwierdź rozstrzygnięcie' }).click();
      await expect(panel.getByRole('alert')).toHaveText('Rozstrzygnięcie musi zatwierdzić inna osoba niż ta, która je przygotowała.');
      await expectNoAxeViolations(moderator.page);

      // The admin approves it.
      const adminItem = await openQueueItem(approver.page, 'admin', word);
      await adminItem.getByRole('button', { name: 'Rozstrzygnięcie', exact: true }).click();
      const adminPanel = adminItem.getByRole('region', { name: 'Rozstrzygnięcie miasta' });
      await expect(adminPanel).toContainText(justification);
      await adminPanel.getByRole('button', { name: 'Zatwierdź rozstrzygnięcie' }).click();
      await expect(adminPanel.getByRole('status')).toHaveText('Rozstrzygnięcie zatwierdzone i opublikowane. Autor dostanie wiadomość.');
      await expect(adminPanel).toContainText('Opublikowane rozstrzygnięcie: Uwaga uwzględniona częściowo');
      await expect(adminItem).toContainText('rozstrzygnięcie zatwierdzone');
      await expectNoAxeViolations(approver.page);
    } finally {
      await moderator.context.close();
      await approver.context.close();
    }

    // Anyone reading the discussion sees the decision and its justification under the comment.
    const visitor = await newPerson(browser, testInfo);
    try {
      await visitor.page.goto(`/k/${slug}`);
      const section = visitor.page.getByRole('region', { name: 'Transport', exact: true });
      await section.getByRole('button', { name: /^Pokaż dyskusję ?: Transport$/ }).click();
      const discussion = visitor.page.getByRole('region', { name: 'Dyskusja: Transport', exact: true });
      const comment = discussion.getByRole('article').filter({ hasText: text });
      await expect(comment).toContainText('Decyzja miasta: Uwaga uwzględniona częściowo');
      await expect(comment).toContainText(justification);
      await expectNoAxeViolations(visitor.page);
    } finally {
      await visitor.context.close();
    }
  });
});
