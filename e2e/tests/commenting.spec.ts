import { Locator, Page, TestInfo, expect, test } from '@playwright/test';
import {
  createPreModeratedConsultation,
  demoAccount,
  DemoAccount,
  demoResidents,
  expectNoAxeViolations,
  expectVisibleFocus,
  KRAKOW_MISSION,
  newPerson,
  signIn,
  switchLanguage,
  tabTo,
  userNav,
} from './support';

/**
 * Commenting on a consultation. The tests run in parallel on one server, on both projects: each writes comments with a
 * unique marker and finds them by it. Only the first test checks exact counts, on a section no other test comments on.
 */

const PL_COMMENT_FORMS: Record<string, string> = { one: 'komentarz', few: 'komentarze', many: 'komentarzy', other: 'komentarza' };
const polishPlural = new Intl.PluralRules('pl');

/** "1 komentarz", "3 komentarze", "5 komentarzy": the Polish count of comments, as the dictionary words it. */
function plComments(count: number): string {
  return `${count} ${PL_COMMENT_FORMS[polishPlural.select(count)]}`;
}

function marker(): string {
  return `[e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}]`;
}

function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "Pokaż dyskusję: ‹title›". The title is a visually hidden (absolutely positioned) span, so Chromium computes the name
 * as "Pokaż dyskusję : ‹title›", with a space before the colon: accepted here, reported as a cosmetic defect.
 */
function sectionToggleName(action: string, title: string): RegExp {
  return new RegExp(`^${escapeRegExp(action)} ?: ${escapeRegExp(title)}$`);
}

/** A section of the consultation's document: a region named by its heading. */
function documentSection(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** The open discussion panel of a section. */
function discussion(page: Page, title: string, language: 'pl' | 'en' = 'pl'): Locator {
  return page.getByRole('region', { name: `${language === 'pl' ? 'Dyskusja' : 'Discussion'}: ${title}`, exact: true });
}

/** The "N komentarzy" next to a section's discussion button. */
function sectionCount(section: Locator): Locator {
  return section.getByRole('paragraph').filter({ has: section.page().getByRole('button', { name: /^(Pokaż|Ukryj) dyskusję ?: / }) });
}

/** The "N komentarzy · Wyświetlono S z N." line of a discussion panel. */
function panelTotal(panel: Locator): Locator {
  return panel.getByText(/\d+ komentarz\S* · Wyświetlono \d+ z \d+\./);
}

/** Signs in from the home page (in the given interface language) and opens the consultation. */
async function signInAndOpen(page: Page, account: DemoAccount, slug: string, title: string, language: 'pl' | 'en' = 'pl'): Promise<void> {
  await page.goto('/');
  if (language === 'en') {
    await switchLanguage(page, 'en');
  }
  await signIn(page, account.email, account.password);
  await expect(userNav(page).getByRole('link', { name: language === 'pl' ? 'Moje uwagi' : 'My participation' })).toBeVisible();
  await page.goto(`/k/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens a section's discussion with its button and waits until the comments have loaded. */
async function openDiscussion(page: Page, title: string, language: 'pl' | 'en' = 'pl'): Promise<Locator> {
  const section = documentSection(page, title);
  const show = language === 'pl' ? 'Pokaż dyskusję' : 'Show discussion';
  const hide = language === 'pl' ? 'Ukryj dyskusję' : 'Hide discussion';
  const toggle = section.getByRole('button', { name: sectionToggleName(show, title) });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(section.getByRole('button', { name: sectionToggleName(hide, title), expanded: true })).toBeVisible();
  const panel = discussion(page, title, language);
  await expect(panel.getByRole('heading', { name: `${language === 'pl' ? 'Dyskusja' : 'Discussion'}: ${title}` })).toBeFocused();
  await expect(panel.getByText(language === 'pl' ? /· Wyświetlono \d+ z \d+\./ : /· Showing \d+ of \d+\./)).toBeVisible();
  return panel;
}

test.describe('Commenting', () => {
  // Several people, pages and accessibility scans per test: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('PL: a resident comments on a whole section and the section count and the discussion total both go up', async ({
    page,
  }, testInfo) => {
    // A section no other test writes to, one per project, so the counts are exact.
    const title = KRAKOW_MISSION.sections[isPhone(testInfo) ? 2 : 1];
    const text = `Popieram ten zapis w całości, jest zrozumiały dla mieszkańców. ${marker()}`;
    await signInAndOpen(page, demoAccount('resident'), KRAKOW_MISSION.slug, KRAKOW_MISSION.title);
    await expect(page.getByText('Komentarze są publikowane od razu, a moderowane później.')).toBeVisible();

    const section = documentSection(page, title);
    const panel = await openDiscussion(page, title);
    const before = Number((await panelTotal(panel).textContent())?.trim().match(/^\d+/)?.[0]);
    expect(before, 'the discussion shows its total').not.toBeNaN();
    await expect(panelTotal(panel)).toHaveText(`${plComments(before)} · Wyświetlono ${before} z ${before}.`);
    await expect(sectionCount(section)).toHaveText(new RegExp(`^\\s*${plComments(before)} Ukryj dyskusję: `));
    await expect(panel.getByRole('combobox', { name: 'Kolejność komentarzy' })).toHaveValue('newest');
    await expectNoAxeViolations(page);

    await panel.getByRole('button', { name: 'Napisz komentarz do rozdziału' }).click();
    const form = panel.getByRole('form', { name: 'Nowy komentarz' });
    await expect(form).toBeVisible();
    const anchor = form.getByRole('group', { name: 'Czego dotyczy komentarz?' });
    await expect(anchor.getByRole('radio', { name: 'Całego rozdziału' })).toBeChecked();
    await expect(form.getByRole('combobox', { name: 'Akapit' })).toBeHidden();
    await expect(form.getByRole('combobox', { name: 'Występuję jako' })).toHaveValue('resident');
    await expectNoAxeViolations(page);

    await form.getByRole('textbox', { name: 'Treść komentarza', exact: true }).fill(text);
    await form.getByRole('group', { name: 'Twoje stanowisko' }).getByRole('radio', { name: 'Poparcie' }).check();
    await form.getByRole('checkbox', { name: /^Wyrażam zgodę na przetwarzanie/ }).check();
    await form.getByRole('button', { name: 'Wyślij komentarz' }).click();

    await expect(panel.getByText('Dziękujemy! Komentarz został opublikowany.').first()).toBeVisible();
    await expect(form).toBeHidden();
    const comment = panel.getByRole('article').filter({ hasText: text });
    await expect(comment).toBeFocused();
    await expect(comment.getByRole('heading', { name: 'Anna Nowak Twój komentarz' })).toBeVisible();
    await expect(comment).toContainText('Stanowisko: Poparcie');
    await expect(comment).toContainText('Mieszkanka lub mieszkaniec');
    await expect(comment).toContainText('Dotyczy całego rozdziału');
    // Nobody agrees with their own comment.
    await expect(comment.getByRole('button', { name: /^Zgadzam się/ })).toHaveCount(0);
    await expect(panelTotal(panel)).toHaveText(`${plComments(before + 1)} · Wyświetlono ${before + 1} z ${before + 1}.`);
    await expect(sectionCount(section)).toHaveText(new RegExp(`^\\s*${plComments(before + 1)} Ukryj dyskusję: `));
    await expectNoAxeViolations(page);

    // The counts come from the server too: after a reload the section still shows the new total.
    await page.reload();
    await expect(sectionCount(documentSection(page, title))).toHaveText(new RegExp(`^\\s*${plComments(before + 1)} Pokaż dyskusję: `));
  });

  test('EN: a resident comments on one paragraph and on a quoted passage, shown as a quotation', async ({ page }, testInfo) => {
    const title = KRAKOW_MISSION.sections[0];
    const tag = marker();
    // Without smooth scrolling the paragraph stays where it was measured while the mouse selects in it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signInAndOpen(page, demoAccount('resident'), KRAKOW_MISSION.slug, KRAKOW_MISSION.title, 'en');
    const section = documentSection(page, title);
    const paragraph = section.locator('[data-paragraph]').first();
    const paragraphKey = await paragraph.getAttribute('data-paragraph');
    const paragraphText = (await paragraph.textContent()) ?? '';
    expect(paragraphText).toContain('Podczas warsztatu 1 października 2013 r.');

    // 1. The whole paragraph.
    await section.getByRole('button', { name: 'Comment on this paragraph' }).first().click();
    const panel = discussion(page, title, 'en');
    const form = panel.getByRole('form', { name: 'New comment' });
    await expect(
      form.getByRole('group', { name: 'What is the comment about?' }).getByRole('radio', { name: 'One paragraph' }),
    ).toBeChecked();
    await expect(form.getByRole('combobox', { name: 'Paragraph' })).toHaveValue(paragraphKey ?? '');
    await expect(form.getByRole('textbox', { name: 'Your comment', exact: true })).toBeFocused();
    await expectNoAxeViolations(page);

    const paragraphComment = `The workshop date should be given in full, with the place. ${tag}`;
    await form.getByRole('textbox', { name: 'Your comment', exact: true }).fill(paragraphComment);
    await form.getByRole('group', { name: 'Your stance' }).getByRole('radio', { name: 'Neutral remark' }).check();
    await form.getByRole('checkbox', { name: /^I consent to the processing/ }).check();
    await form.getByRole('button', { name: 'Send comment' }).click();
    const first = panel.getByRole('article').filter({ hasText: paragraphComment });
    await expect(first).toBeFocused();
    await expect(first).toContainText('On paragraph 1');
    await expect(first).toContainText('Stance: Neutral remark');
    await expect(first.getByRole('blockquote')).toHaveCount(0);
    await expect(panel.getByText('Thank you! Your comment has been published.').first()).toBeVisible();

    // 2. A passage of it: selected with the mouse on a desktop, cut down from the whole paragraph on a phone.
    let quote: string;
    if (isPhone(testInfo)) {
      await section.getByRole('button', { name: 'Comment on this paragraph' }).first().click();
      await expect(form.getByRole('textbox', { name: 'Your comment', exact: true })).toBeFocused();
      await form.getByRole('button', { name: 'Quote a passage' }).click();
      const quoteField = form.getByRole('textbox', { name: 'Quoted passage', exact: true });
      await expect(quoteField).toBeFocused();
      await expect(quoteField).toHaveValue(paragraphText);
      quote = 'Podczas warsztatu 1 października 2013 r.';
      await quoteField.fill(quote);
    } else {
      // In the middle of the window, clear of the sticky header.
      await paragraph.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const points = await paragraph.evaluate((element) => {
        const text = element.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const start = range.getBoundingClientRect();
        range.setStart(text, 39);
        range.setEnd(text, 40);
        const end = range.getBoundingClientRect();
        return { x1: start.left + 1, y1: start.top + start.height / 2, x2: end.right - 1, y2: end.top + end.height / 2 };
      });
      await page.mouse.move(points.x1, points.y1);
      await page.mouse.down();
      await page.mouse.move(points.x2, points.y2, { steps: 8 });
      await page.mouse.up();
      quote = await page.evaluate(() => document.getSelection()?.toString() ?? '');
      expect(quote.length, 'the mouse selected part of the paragraph').toBeGreaterThan(20);
      expect(paragraphText).toContain(quote);
      await expectNoAxeViolations(page);
      await section.getByRole('button', { name: 'Comment on the selected passage' }).click();
      await expect(form.getByRole('textbox', { name: 'Quoted passage', exact: true })).toHaveValue(quote);
      await expect(form.getByRole('textbox', { name: 'Your comment', exact: true })).toBeFocused();
    }
    await expect(
      form.getByRole('group', { name: 'What is the comment about?' }).getByRole('radio', { name: 'A quoted passage of a paragraph' }),
    ).toBeChecked();
    await expectNoAxeViolations(page);

    const passageComment = `Please name the three working groups in this sentence. ${tag}`;
    await form.getByRole('textbox', { name: 'Your comment', exact: true }).fill(passageComment);
    await form.getByRole('group', { name: 'Your stance' }).getByRole('radio', { name: 'Proposes a change' }).check();
    await form.getByRole('checkbox', { name: /^I consent to the processing/ }).check();
    await form.getByRole('button', { name: 'Send comment' }).click();
    const second = panel.getByRole('article').filter({ hasText: passageComment });
    await expect(second).toBeFocused();
    await expect(second).toContainText('On a passage of paragraph 1:');
    await expect(second.getByRole('blockquote')).toHaveText(quote);
    await expect(second).toContainText('Stance: Proposes a change');
    await expectNoAxeViolations(page);
  });

  test('PL: one resident comments, another replies, agrees and takes the agreement back', async ({ page, browser }, testInfo) => {
    const title = KRAKOW_MISSION.sections[3];
    const tag = marker();
    const [anna, jan] = demoResidents();
    const text = `Warto dopisać, kto odpowiada za współpracę z mieszkańcami. ${tag}`;
    const replyText = `Zgadzam się, brakuje tego w projekcie. ${tag}`;

    await signInAndOpen(page, anna, KRAKOW_MISSION.slug, KRAKOW_MISSION.title);
    let panel = await openDiscussion(page, title);
    await panel.getByRole('button', { name: 'Napisz komentarz do rozdziału' }).click();
    const form = panel.getByRole('form', { name: 'Nowy komentarz' });
    await form.getByRole('textbox', { name: 'Treść komentarza', exact: true }).fill(text);
    await form.getByRole('group', { name: 'Twoje stanowisko' }).getByRole('radio', { name: 'Propozycja zmiany' }).check();
    await form.getByRole('checkbox', { name: /^Wyrażam zgodę na przetwarzanie/ }).check();
    await form.getByRole('button', { name: 'Wyślij komentarz' }).click();
    await expect(panel.getByRole('article').filter({ hasText: text })).toBeFocused();

    const other = await newPerson(browser, testInfo);
    try {
      const janPage = other.page;
      await signInAndOpen(janPage, jan, KRAKOW_MISSION.slug, KRAKOW_MISSION.title);
      const janPanel = await openDiscussion(janPage, title);
      const comment = janPanel.getByRole('article').filter({ hasText: text });
      await expect(comment.getByRole('heading', { name: 'Anna Nowak' })).toBeVisible();
      const agree = comment.getByRole('button', { name: /^Zgadzam się \(\d+\)$/ });
      await expect(agree).toHaveText('Zgadzam się (0)');
      await expect(agree).toHaveAttribute('aria-pressed', 'false');
      await expectNoAxeViolations(janPage);

      await comment.getByRole('button', { name: 'Odpowiedz', exact: true }).click();
      const replyField = comment.getByRole('textbox', { name: 'Treść odpowiedzi', exact: true });
      await expect(replyField).toBeFocused();
      await replyField.fill(replyText);
      await expectNoAxeViolations(janPage);
      await comment.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
      await expect(comment.getByText('Odpowiedź została dodana.')).toBeVisible();
      const replies = comment.getByRole('list', { name: 'Odpowiedzi' });
      await expect(replies.getByRole('article', { name: 'Jan Kowalski' })).toContainText(replyText);
      await expect(comment.getByRole('button', { name: 'Ukryj odpowiedzi' })).toHaveAttribute('aria-expanded', 'true');

      await agree.click();
      await expect(agree).toHaveAttribute('aria-pressed', 'true');
      await expect(agree).toHaveText('Zgadzam się (1)');
      await expectNoAxeViolations(janPage);

      await agree.click();
      await expect(agree).toHaveAttribute('aria-pressed', 'false');
      await expect(agree).toHaveText('Zgadzam się (0)');

      // The agreement was taken back on the server too, and the reply is there for Anna.
      await page.reload();
      panel = await openDiscussion(page, title);
      const mine = panel.getByRole('article').filter({ hasText: text });
      await expect(mine.getByRole('button', { name: /^Zgadzam się/ })).toHaveCount(0);
      await expect(mine).not.toContainText('osoba się zgadza');
      const showReplies = mine.getByRole('button', { name: 'Pokaż 1 odpowiedź' });
      await expect(showReplies).toHaveAttribute('aria-expanded', 'false');
      await showReplies.click();
      await expect(mine.getByRole('list', { name: 'Odpowiedzi' }).getByRole('article', { name: 'Jan Kowalski' })).toContainText(replyText);
      await expectNoAxeViolations(page);
    } finally {
      await other.context.close();
    }
  });

  test('PL: on a pre-moderated consultation a pending comment is seen only by its author, who withdraws it', async ({
    page,
    browser,
  }, testInfo) => {
    const slug = `e2e-pre-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const title = `Skwer przy ulicy Lipowej ${slug}`;
    const text = `Proszę o więcej ławek w cieniu drzew. ${marker()}`;

    await createPreModeratedConsultation(page, {
      slug,
      title,
      summary: 'Projekt urządzenia skweru przy ulicy Lipowej.',
      heading: 'Skwer przy ulicy Lipowej',
      paragraph: 'Miasto chce urządzić skwer z zielenią i ławkami.',
    });

    const resident = await newPerson(browser, testInfo);
    const visitor = await newPerson(browser, testInfo);
    try {
      const residentPage = resident.page;
      await signInAndOpen(residentPage, demoAccount('resident'), slug, title);
      await expect(residentPage.getByText('Komentarze są publikowane po sprawdzeniu przez moderatora.')).toBeVisible();
      const panel = await openDiscussion(residentPage, 'Cel');
      await panel.getByRole('button', { name: 'Napisz komentarz do rozdziału' }).click();
      const form = panel.getByRole('form', { name: 'Nowy komentarz' });
      await form.getByRole('textbox', { name: 'Treść komentarza', exact: true }).fill(text);
      await form.getByRole('group', { name: 'Twoje stanowisko' }).getByRole('radio', { name: 'Propozycja zmiany' }).check();
      await form.getByRole('checkbox', { name: /^Wyrażam zgodę na przetwarzanie/ }).check();
      await form.getByRole('button', { name: 'Wyślij komentarz' }).click();
      await expect(
        panel.getByText('Dziękujemy! Komentarz czeka na sprawdzenie przez moderatora i zostanie opublikowany po akceptacji.').first(),
      ).toBeVisible();
      const pending = panel.getByRole('article').filter({ hasText: text });
      await expect(pending).toBeFocused();
      await expect(pending).toContainText('Czeka na moderację');
      // Only published comments are counted.
      await expect(sectionCount(documentSection(residentPage, 'Cel'))).toHaveText(/^\s*0 komentarzy Ukryj dyskusję: /);
      await expectNoAxeViolations(residentPage);

      // Someone else, not signed in, does not see it.
      const visitorPage = visitor.page;
      await visitorPage.goto(`/k/${slug}`);
      await expect(visitorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const visitorPanel = await openDiscussion(visitorPage, 'Cel');
      await expect(visitorPanel.getByText('Nikt jeszcze nie skomentował tego rozdziału.')).toBeVisible();
      await expect(visitorPanel.getByRole('article')).toHaveCount(0);
      await expect(visitorPage.getByText(text)).toHaveCount(0);
      await expectNoAxeViolations(visitorPage);

      // The author finds it under "Moje uwagi", pending, and withdraws it.
      await userNav(residentPage).getByRole('link', { name: 'Moje uwagi' }).click();
      await expect(residentPage).toHaveURL('/my-participation');
      await expect(residentPage.getByRole('heading', { level: 1, name: 'Moje uwagi' })).toBeVisible();
      const card = residentPage.getByRole('article', { name: `Konsultacja: ${title}` }).filter({ hasText: text });
      await expect(card).toContainText('Stan: Czeka na moderację');
      await expect(card.getByRole('button', { name: 'Edytuj komentarz' })).toBeVisible();
      await expectNoAxeViolations(residentPage);
      await card.getByRole('button', { name: 'Wycofaj komentarz' }).click();
      const confirm = card.getByRole('group', { name: 'Czy na pewno wycofać ten komentarz? Tego nie można cofnąć.' });
      await expect(confirm).toBeVisible();
      await expectNoAxeViolations(residentPage);
      await confirm.getByRole('button', { name: 'Tak, wycofaj' }).click();
      await expect(residentPage.getByText('Komentarz został wycofany.')).toBeVisible();
      await expect(card.getByRole('button', { name: 'Wycofaj komentarz' })).toHaveCount(0);
      await expectNoAxeViolations(residentPage);

      // It is gone from the discussion, for its author as well.
      await residentPage.goto(`/k/${slug}`);
      const after = await openDiscussion(residentPage, 'Cel');
      await expect(after.getByText('Nikt jeszcze nie skomentował tego rozdziału.')).toBeVisible();
      await expect(after.getByRole('article')).toHaveCount(0);
      await expectNoAxeViolations(residentPage);
    } finally {
      await resident.context.close();
      await visitor.context.close();
    }
  });

  test('PL, keyboard only: a resident opens a discussion, fills in the form and sends a comment', async ({ page }) => {
    const title = KRAKOW_MISSION.sections[4];
    const text = `Dobrze, że współpraca z biznesem jest na liście. ${marker()}`;
    await signInAndOpen(page, demoAccount('resident'), KRAKOW_MISSION.slug, KRAKOW_MISSION.title);

    // The table of contents leads to the section; its discussion button is the next stop.
    const tocLink = page.getByRole('navigation', { name: 'Spis treści' }).getByRole('link', { name: title });
    await tabTo(page, tocLink, 'Tab', 40);
    await page.keyboard.press('Enter');
    const section = documentSection(page, title);
    await expect(section).toBeFocused();
    const toggle = section.getByRole('button', { name: sectionToggleName('Pokaż dyskusję', title) });
    await tabTo(page, toggle);
    await expectVisibleFocus(toggle);
    await page.keyboard.press('Enter');
    const panel = discussion(page, title);
    await expect(panel.getByRole('heading', { name: `Dyskusja: ${title}` })).toBeFocused();
    await expect(section.getByRole('button', { name: sectionToggleName('Ukryj dyskusję', title), expanded: true })).toBeVisible();
    await expectNoAxeViolations(page);

    const write = panel.getByRole('button', { name: 'Napisz komentarz do rozdziału' });
    await tabTo(page, write);
    await expectVisibleFocus(write);
    await page.keyboard.press('Enter');
    const form = panel.getByRole('form', { name: 'Nowy komentarz' });
    await expect(form).toBeVisible();
    // The button that had focus is gone: focus must move into the form, not fall back to the page.
    await expect
      .poll(() => form.evaluate((element) => element.contains(document.activeElement)), {
        message: 'after "Napisz komentarz do rozdziału" (Enter) focus moves into the new form',
      })
      .toBe(true);
    await expectNoAxeViolations(page);

    const textField = form.getByRole('textbox', { name: 'Treść komentarza', exact: true });
    await tabTo(page, textField);
    await expectVisibleFocus(textField);
    await page.keyboard.type(text);
    await expect(textField).toHaveValue(text);

    // Tab enters the stance group on its first option; the arrow keys move and choose.
    const stance = form.getByRole('group', { name: 'Twoje stanowisko' });
    await tabTo(page, stance.getByRole('radio', { name: 'Poparcie' }));
    await page.keyboard.press('ArrowDown');
    await expect(stance.getByRole('radio', { name: 'Sprzeciw' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const neutral = stance.getByRole('radio', { name: 'Uwaga neutralna' });
    await expectVisibleFocus(neutral);
    await expect(neutral).toBeChecked();

    const consent = form.getByRole('checkbox', { name: /^Wyrażam zgodę na przetwarzanie/ });
    await tabTo(page, consent);
    await expectVisibleFocus(consent);
    await page.keyboard.press('Space');
    await expect(consent).toBeChecked();

    const send = form.getByRole('button', { name: 'Wyślij komentarz' });
    await tabTo(page, send);
    await expectVisibleFocus(send);
    await page.keyboard.press('Enter');

    const comment = panel.getByRole('article').filter({ hasText: text });
    await expect(comment).toBeFocused();
    await expect(comment).toContainText('Stanowisko: Uwaga neutralna');
    await expect(panel.getByText('Dziękujemy! Komentarz został opublikowany.').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
