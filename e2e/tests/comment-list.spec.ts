import { Locator, Page, TestInfo, expect, test } from '@playwright/test';
import { ApiSession, createOpenConsultation, demoAccount, demoResidents, expectNoAxeViolations, switchLanguage } from './support';

/**
 * A section's comment list: the three sort orders and "load more" (keyset pagination, 20 per page) on a section with
 * 25 comments, in Polish on the desktop and in English on the phone. Each test creates its own consultation through
 * the API, so the numbers are exact.
 */

const COMMENTS = 25;
const PAGE_SIZE = 20;
const SECTION = 'Transport';

interface Language {
  code: 'pl' | 'en';
  discussion: string;
  show: string;
  sort: string;
  newest: string;
  oldest: string;
  mostAgreed: string;
  loadMore: string;
  shown: (shown: number, total: number) => string;
}

const LANGUAGES: Record<'pl' | 'en', Language> = {
  pl: {
    code: 'pl',
    discussion: 'Dyskusja',
    show: 'Pokaż dyskusję',
    sort: 'Kolejność komentarzy',
    newest: 'Od najnowszych',
    oldest: 'Od najstarszych',
    mostAgreed: 'Najczęściej popierane',
    loadMore: 'Pokaż więcej komentarzy',
    shown: (shown, total) => `${total} komentarzy · Wyświetlono ${shown} z ${total}.`,
  },
  en: {
    code: 'en',
    discussion: 'Discussion',
    show: 'Show discussion',
    sort: 'Order of comments',
    newest: 'Newest first',
    oldest: 'Oldest first',
    mostAgreed: 'Most agreed',
    loadMore: 'Load more comments',
    shown: (shown, total) => `${total} comments · Showing ${shown} of ${total}.`,
  },
};

function languageFor(testInfo: TestInfo): Language {
  return testInfo.project.name === 'phone' ? LANGUAGES.en : LANGUAGES.pl;
}

/** "Uwaga 07 …": zero-padded so that the texts sort like the numbers. */
const commentText = (n: number, tag: string): string => `Uwaga ${String(n).padStart(2, '0')} o transporcie publicznym ${tag}`;

/**
 * The consultation with COMMENTS comments on "Transport", written one after another by the demo admin (numbers 1…25,
 * oldest first); comment 3 has two agreements, comment 7 one (from the demo residents).
 */
async function seedDiscussion(baseURL: string, tag: string): Promise<{ slug: string; title: string }> {
  const admin = await ApiSession.signIn(baseURL, demoAccount('admin').email, demoAccount('admin').password);
  const [anna, jan] = demoResidents();
  const residents = [
    await ApiSession.signIn(baseURL, anna.email, anna.password),
    await ApiSession.signIn(baseURL, jan.email, jan.password),
  ];
  try {
    const consultation = await createOpenConsultation(admin, 'lista');
    const detail = await admin.send<{ document: { sections: { key: string; title: string }[] } }>(
      'GET',
      `/api/consultations/${consultation.slug}`,
      undefined,
      200,
    );
    const sectionKey = detail.document.sections.find((section) => section.title === SECTION)?.key;
    expect(sectionKey, 'the test document has a "Transport" section').toBeTruthy();
    const ids: string[] = [];
    for (let n = 1; n <= COMMENTS; n++) {
      const comment = await admin.send<{ id: string }>(
        'POST',
        `/api/consultations/${consultation.slug}/comments`,
        { sectionKey, text: commentText(n, tag), stance: 'support', submitterType: 'resident', personalDataConsent: true },
        201,
      );
      ids.push(comment.id);
    }
    for (const resident of residents) await resident.send('PUT', `/api/comments/${ids[2]}/agreement`, undefined, 200);
    await residents[0].send('PUT', `/api/comments/${ids[6]}/agreement`, undefined, 200);
    return consultation;
  } finally {
    await Promise.all([admin, ...residents].map((session) => session.dispose()));
  }
}

function commentTexts(panel: Locator): Locator {
  return panel.locator('article.comment .comment__text');
}

async function openTransportDiscussion(page: Page, language: Language): Promise<Locator> {
  const section = page.getByRole('region', { name: SECTION, exact: true });
  await section.getByRole('button', { name: new RegExp(`^${language.show} ?: ${SECTION}$`) }).click();
  const panel = page.getByRole('region', { name: `${language.discussion}: ${SECTION}`, exact: true });
  await expect(panel.getByRole('heading', { name: `${language.discussion}: ${SECTION}` })).toBeFocused();
  return panel;
}

/** Checks the list shows exactly these comment numbers, in this order. */
async function expectNumbers(panel: Locator, numbers: number[], tag: string): Promise<void> {
  await expect(commentTexts(panel)).toHaveText(numbers.map((n) => commentText(n, tag)));
}

const range = (from: number, to: number): number[] => {
  const step = from <= to ? 1 : -1;
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
};

test.describe('Comment list', () => {
  test.describe.configure({ timeout: 120_000 });

  test('sorts by newest, oldest and most agreed, and loads the next page with the keyboard', async ({ page, baseURL }, testInfo) => {
    const language = languageFor(testInfo);
    const tag = `[lista-${Date.now().toString(36)}-${testInfo.project.name}]`;
    const { slug, title } = await seedDiscussion(baseURL ?? '', tag);

    await page.goto('/');
    if (language.code === 'en') await switchLanguage(page, 'en');
    await page.goto(`/k/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const panel = await openTransportDiscussion(page, language);

    // Newest first: 25…6, then the keyset page 5…1.
    const sort = panel.getByRole('combobox', { name: language.sort });
    await expect(sort).toHaveValue('newest');
    await expect(panel.getByText(language.shown(PAGE_SIZE, COMMENTS))).toBeVisible();
    await expectNumbers(panel, range(COMMENTS, COMMENTS - PAGE_SIZE + 1), tag);
    await expectNoAxeViolations(page);

    // "Load more" pressed from the keyboard: focus goes to the first comment of the new page, never to <body>.
    const loadMore = panel.getByRole('button', { name: language.loadMore });
    await loadMore.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByText(language.shown(COMMENTS, COMMENTS))).toBeVisible();
    await expectNumbers(panel, range(COMMENTS, 1), tag);
    await expect(loadMore).toHaveCount(0);
    await expect(panel.getByRole('article').nth(PAGE_SIZE)).toBeFocused();
    await expectNoAxeViolations(page);

    // Oldest first: back to one page, 1…20, then 21…25.
    await sort.selectOption({ label: language.oldest });
    await expect(sort).toHaveValue('oldest');
    await expectNumbers(panel, range(1, PAGE_SIZE), tag);
    await expect(panel.getByText(language.shown(PAGE_SIZE, COMMENTS))).toBeVisible();
    await loadMore.click();
    await expectNumbers(panel, range(1, COMMENTS), tag);
    await expect(loadMore).toHaveCount(0);

    // Most agreed: 3 (two agreements), 7 (one), then the others; every comment exactly once over both pages.
    await sort.selectOption({ label: language.mostAgreed });
    await expect(sort).toHaveValue('most_agreed');
    await expect(commentTexts(panel)).toHaveCount(PAGE_SIZE);
    await expect(commentTexts(panel).nth(0)).toHaveText(commentText(3, tag));
    await expect(commentTexts(panel).nth(1)).toHaveText(commentText(7, tag));
    await loadMore.click();
    await expect(commentTexts(panel)).toHaveCount(COMMENTS);
    const texts = await commentTexts(panel).allTextContents();
    expect(new Set(texts.map((text) => text.trim())).size).toBe(COMMENTS);
    await expect(panel.getByText(language.shown(COMMENTS, COMMENTS))).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('keeps keyboard focus on what it was on while the comment counts and the discussion are still loading', async ({
    page,
    baseURL,
  }, testInfo) => {
    const language = languageFor(testInfo);
    const tag = `[fokus-${Date.now().toString(36)}-${testInfo.project.name}]`;
    const { slug, title } = await seedDiscussion(baseURL ?? '', tag);
    // Hold the counts and the comment list until the keyboard user is already moving through the page.
    const held: (() => void)[] = [];
    const hold = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
      await new Promise<void>((resolve) => held.push(resolve));
      await route.continue();
    };
    await page.goto('/');
    if (language.code === 'en') await switchLanguage(page, 'en');
    await page.route('**/api/consultations/*/comment-counts', hold);
    await page.route('**/api/consultations/*/comments?*', hold);
    await page.goto(`/k/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect.poll(() => held.length).toBe(1);

    // Focus the "Show discussion" button of the section, open it, and move on from the keyboard while the list is held.
    const section = page.getByRole('region', { name: SECTION, exact: true });
    const toggle = section.getByRole('button', { name: new RegExp(`^${language.show} ?: ${SECTION}$`) });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: `${language.discussion}: ${SECTION}`, exact: true });
    await expect(panel.getByRole('heading', { name: `${language.discussion}: ${SECTION}` })).toBeFocused();
    await expect.poll(() => held.length).toBe(2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
    expect(focusedBefore).not.toBe('');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

    // Release the counts and the list: the focused control is still the same element, still focused.
    const marked = await page.evaluate(() => {
      (document.activeElement as HTMLElement & { __e2eFocused?: boolean }).__e2eFocused = true;
      return document.activeElement?.tagName ?? '';
    });
    expect(marked).not.toBe('BODY');
    for (const release of held.splice(0)) release();
    await expect(panel.getByText(language.shown(PAGE_SIZE, COMMENTS))).toBeVisible();
    await expect(
      section.getByText(language.code === 'pl' ? `${COMMENTS} komentarzy` : `${COMMENTS} comments`, { exact: true }),
    ).toBeVisible();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement & { __e2eFocused?: boolean }).__e2eFocused === true)).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await expectNoAxeViolations(page);
  });
});
