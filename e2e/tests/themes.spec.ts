import { Locator, Page, expect, test } from '@playwright/test';
import {
  ApiSession,
  createOpenConsultation,
  demoAccount,
  expectNoAxeViolations,
  expectVisibleFocus,
  signIn,
  tabTo,
  userNav,
} from './support';

/**
 * The staff themes page (issue 5): a moderator creates themes, assigns comments, runs the suggestion and discovery
 * jobs, accepts results, checks the quality and opens the overview. Each test makes its own open consultation with
 * comments on a few clear topics (written through the API by the demo admin), so tests run in parallel on one server.
 */

const TAILS = ['w Nowej Hucie', 'na Kazimierzu', 'w Podgórzu', 'przy Rondzie Mogilskim', 'na Krowodrzy', 'w Bronowicach'];
const TRAM = ['tramwaj', 'tramwaje', 'tramwajów', 'linia tramwajowa', 'przystanek tramwajowy'];
const TREES = ['drzewa', 'drzew', 'zieleń', 'park', 'parki'];
const AIR = ['smog', 'powietrze', 'piece węglowe', 'czyste powietrze', 'zanieczyszczenie'];

/** n comments on one topic, in varied wording (deterministic). */
function topic(words: string[], templates: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    templates[i % templates.length]
      .replace('{a}', words[i % words.length])
      .replace('{b}', words[(i + 2) % words.length])
      .replace('{t}', TAILS[i % TAILS.length]),
  );
}

const TRAM_TEXTS = topic(
  TRAM,
  ['Potrzebny nowy {a} {t}, a {b} powinien jeździć częściej', 'Więcej kursów: {a} i {b} {t}', 'Proszę o {a} {t}, bo {b} jest przepełniony'],
  12,
);
const TREE_TEXTS = topic(
  TREES,
  ['Sadźmy {a} {t}, {b} daje cień latem', 'Chrońmy {a} i {b} {t} przed wycinką', 'Nowy {a} {t}, więcej {b} dla dzieci'],
  12,
);
const AIR_TEXTS = topic(
  AIR,
  ['Walka ze smogiem: {a} {t} to problem, {b} szkodzi', 'Zakaz palenia, {a} i {b} {t}', 'Zimą {a} {t} jest nie do zniesienia, {b}'],
  12,
);

/**
 * An open, post-moderated consultation with the given comments on its "Transport" section, entered by the demo admin
 * as comments received on paper (the staff route: no per-account posting limit, published at once unless screened).
 */
async function seedConsultation(baseURL: string, texts: string[]): Promise<{ slug: string; title: string }> {
  const admin = await ApiSession.signIn(baseURL, demoAccount('admin').email, demoAccount('admin').password);
  try {
    const consultation = await createOpenConsultation(admin, 'tematy');
    const detail = await admin.send<{ document: { sections: { key: string; title: string }[] } }>(
      'GET',
      `/api/consultations/${consultation.slug}`,
      undefined,
      200,
    );
    const sectionKey = detail.document.sections.find((section) => section.title === 'Transport')?.key;
    expect(sectionKey, 'the test document has a "Transport" section').toBeTruthy();
    const stances = ['support', 'oppose', 'proposes_change'];
    for (const [index, text] of texts.entries()) {
      await admin.send(
        'POST',
        `/api/moderation/consultations/${consultation.slug}/submissions`,
        {
          channel: 'paper',
          receivedAt: new Date(Date.now() - 3600_000).toISOString(),
          submitterType: 'resident',
          sectionKey,
          stance: stances[index % stances.length],
          text,
        },
        201,
      );
    }
    return consultation;
  } finally {
    await admin.dispose();
  }
}

async function signInAsModerator(page: Page): Promise<void> {
  const moderator = demoAccount('moderator');
  await page.goto('/');
  await signIn(page, moderator.email, moderator.password);
  await expect(userNav(page).getByRole('link', { name: 'Moje uwagi' })).toBeVisible();
}

function announcement(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

function tab(page: Page, name: string | RegExp): Locator {
  return page.getByRole('tablist', { name: 'Części pracy z tematami' }).getByRole('tab', { name, exact: true });
}

/** The comments-tab article that holds `text`. */
function commentItem(page: Page, text: string): Locator {
  return page.getByRole('list', { name: 'Uwagi do przypisania' }).getByRole('article').filter({ hasText: text });
}

test.describe('Themes', () => {
  // Seeding, two background jobs and several accessibility scans: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test('PL, keyboard first: a moderator creates themes, assigns comments, accepts a suggestion with "a" and opens the overview', async ({
    page,
    baseURL,
  }) => {
    const { slug, title } = await seedConsultation(baseURL ?? '', [...TRAM_TEXTS, ...TREE_TEXTS]);
    await signInAsModerator(page);

    // From the moderation queue: choosing the consultation offers its themes page.
    await page.goto('/moderation');
    await expect(page.getByRole('heading', { level: 1, name: 'Moderacja komentarzy' })).toBeVisible();
    await page.getByLabel('Konsultacja', { exact: true }).selectOption({ label: title });
    await page.getByRole('link', { name: `Tematy uwag tej konsultacji: ${title}` }).click();
    await expect(page).toHaveURL(`/staff/k/${slug}/themes`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tematy uwag' })).toBeVisible();
    await expect(page).toHaveTitle(/Tematy uwag/);
    await expect(page.getByText(`Konsultacja: ${title}`)).toBeVisible();
    await expect(page.getByText('Ta konsultacja nie ma jeszcze tematów.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Keyboard only: name, description, colour (arrow keys in the radio group), create.
    const name = page.getByLabel('Nazwa tematu');
    await tabTo(page, name, 'Tab', 40);
    await expectVisibleFocus(name);
    await page.keyboard.type('Tramwaje');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Opis (opcjonalnie)')).toBeFocused();
    await page.keyboard.type('Komunikacja tramwajowa, linie i przystanki');
    await page.keyboard.press('Tab');
    const colours = page.getByRole('group', { name: 'Kolor' });
    await expect(colours.getByRole('radio', { name: 'niebieski' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(colours.getByRole('radio', { name: 'fioletowy' })).toBeChecked();
    const create = page.getByRole('button', { name: 'Utwórz temat' });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    await expect(announcement(page, 'Utworzono temat „Tramwaje”.')).toBeAttached();
    const themes = page.getByRole('list', { name: 'Tematy', exact: true });
    await expect(themes.getByRole('heading', { level: 3, name: 'Tramwaje' })).toBeVisible();
    await expect(themes.getByRole('listitem').filter({ hasText: 'Tramwaje' })).toContainText('0 uwag');

    // A second theme, by mouse; then the city's response on the first.
    await name.fill('Zieleń');
    await page.getByLabel('Opis (opcjonalnie)').fill('Drzewa, parki i zieleń miejska');
    await create.click();
    await expect(themes.getByRole('heading', { level: 3, name: 'Zieleń' })).toBeVisible();
    await page.getByRole('button', { name: 'Edytuj: Tramwaje', exact: true }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Edycja tematu: Tramwaje' })).toBeFocused();
    await page.getByLabel('Odpowiedź miasta („Wy mówicie, my robimy”)').fill('Zwiększymy częstotliwość kursów w szczycie.');
    await page.getByRole('button', { name: 'Zapisz temat' }).click();
    await expect(announcement(page, 'Zapisano temat „Tramwaje”.')).toBeAttached();
    await expect(themes.getByRole('listitem').filter({ hasText: 'Tramwaje' })).toContainText('Zwiększymy częstotliwość kursów w szczycie.');
    await expectNoAxeViolations(page);

    // Tabs by keyboard: focus the selected tab, the right arrow shows the next.
    const themesTab = tab(page, 'Tematy');
    await themesTab.focus();
    await expect(themesTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    const commentsTab = tab(page, 'Przypisywanie uwag');
    await expect(commentsTab).toBeFocused();
    await expect(commentsTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Przypisywanie uwag' })).toBeVisible();
    await expect(page.getByText('Filtr spełniają 24 uwagi.')).toBeVisible();

    // The first comment listed gets its theme through its menu, by keyboard: open the menu, tick the theme with Space.
    const first = page.getByRole('list', { name: 'Uwagi do przypisania' }).getByRole('article').first();
    const firstText = ((await first.locator('.item__text').textContent()) ?? '').trim();
    const firstTheme = TRAM_TEXTS.includes(firstText) ? 'Tramwaje' : 'Zieleń';
    const menu = first.locator('summary');
    await tabTo(page, menu, 'Tab', 40);
    await page.keyboard.press('Enter');
    const themeBox = first.getByRole('checkbox', { name: firstTheme, exact: true });
    await tabTo(page, themeBox);
    await expectVisibleFocus(themeBox);
    await page.keyboard.press('Space');
    await expect(announcement(page, `Przypisano temat „${firstTheme}”.`)).toBeAttached();
    await expect(first.getByRole('list', { name: 'Tematy uwagi' })).toContainText(firstTheme);

    // Bulk: four comments on each topic in all (the first one included).
    const bulk = async (texts: string[], theme: string): Promise<void> => {
      const chosen = texts.filter((text) => text !== firstText).slice(0, theme === firstTheme ? 3 : 4);
      for (const text of chosen)
        await commentItem(page, text)
          .getByRole('checkbox', { name: /^Zaznacz uwagę/ })
          .check();
      await expect(page.getByText(`Zaznaczono ${chosen.length} uwagi.`)).toBeVisible();
      await page.getByLabel('Temat', { exact: true }).selectOption({ label: theme });
      await page.getByRole('button', { name: 'Przypisz temat' }).click();
      await expect(announcement(page, `Przypisano temat „${theme}” ${chosen.length} uwagom.`)).toBeAttached();
      await expect(commentItem(page, chosen[0]).getByRole('list', { name: 'Tematy uwagi' })).toContainText(theme);
    };
    await bulk(TRAM_TEXTS, 'Tramwaje');
    await bulk(TREE_TEXTS, 'Zieleń');

    // Filter: comments without a theme.
    await page.getByLabel('Pokaż uwagi').selectOption({ label: 'Bez tematu' });
    await page.getByRole('button', { name: 'Pokaż', exact: true }).click();
    await expect(page.getByText('Filtr spełnia 16 uwag.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Suggestions: the job runs with a progress bar, then the pending suggestions are listed.
    await tab(page, 'Podpowiedzi').click();
    await page.getByRole('button', { name: 'Podpowiedz tematy' }).click();
    const progress = page.getByRole('progressbar', { name: 'Liczenie podpowiedzi' });
    await expect(progress).toBeVisible();
    await expect(page.locator('.job-progress__status')).toHaveText('Gotowe', { timeout: 90_000 });
    const suggestions = page.getByRole('list', { name: 'Podpowiedzi czekające na decyzję' }).getByRole('article');
    await expect(suggestions.first()).toBeVisible();
    await expect(suggestions.first()).toContainText(/Pewność: \d+\s?%/);
    await expect(page.getByRole('checkbox', { name: 'Włącz skróty jednoklawiszowe' })).toBeChecked();
    await expectNoAxeViolations(page);

    // "a" on the first suggestion accepts it; the result is announced and focus moves on.
    const firstSuggestion = suggestions.first();
    const suggestedTheme = ((await firstSuggestion.locator('.chip').textContent()) ?? '').trim();
    await tabTo(page, firstSuggestion, 'Tab', 40);
    await expectVisibleFocus(firstSuggestion);
    await page.keyboard.press('a');
    await expect(announcement(page, `Przyjęto: temat „${suggestedTheme}” przypisany.`)).toBeAttached();
    await expect(firstSuggestion).toContainText('Przyjęta');
    if ((await suggestions.count()) > 1) await expect(suggestions.nth(1)).toBeFocused();
    await expectNoAxeViolations(page);

    // The overview: one card per theme, the stance split as an image with its numbers as text.
    await page.getByRole('link', { name: 'Przegląd tematów' }).click();
    await expect(page).toHaveURL(`/staff/k/${slug}/themes/overview`);
    await expect(page.getByRole('heading', { level: 1, name: 'Przegląd tematów' })).toBeVisible();
    const tramCard = page.getByRole('article', { name: 'Tramwaje' });
    await expect(tramCard).toBeVisible();
    await expect(tramCard.getByRole('img', { name: /^Rozkład stanowisk: Poparcie: \d+/ })).toBeVisible();
    await expect(tramCard).toContainText('Zwiększymy częstotliwość kursów w szczycie.');
    await expect(page.getByRole('article', { name: 'Zieleń' })).toContainText(`Transport: ${suggestedTheme === 'Zieleń' ? 5 : 4}`);
    await expectNoAxeViolations(page);
  });

  test('PL: discovery proposes themes, a moderator accepts one under a new name; the quality check scores a coded sample', async ({
    page,
    baseURL,
  }) => {
    const { slug } = await seedConsultation(baseURL ?? '', [...TRAM_TEXTS, ...TREE_TEXTS, ...AIR_TEXTS]);
    await signInAsModerator(page);
    await page.goto(`/staff/k/${slug}/themes`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tematy uwag' })).toBeVisible();

    await tab(page, 'Nowe tematy').click();
    await expect(page.getByText('Nie szukano jeszcze nowych tematów.')).toBeVisible();
    await page.getByRole('button', { name: 'Znajdź nowe tematy' }).click();
    await expect(page.getByRole('progressbar', { name: 'Szukanie nowych tematów' })).toBeVisible();
    // The UI stays usable while the job runs: another tab can be opened and back.
    await tab(page, 'Tematy').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Tematy', exact: true })).toBeVisible();
    await tab(page, /^Nowe tematy/).click();
    await expect(page.locator('.job-progress__status')).toHaveText('Gotowe', { timeout: 90_000 });
    const proposals = page.getByRole('list', { name: 'Propozycje tematów' }).getByRole('article');
    await expect(proposals.first()).toBeVisible();
    expect(await proposals.count()).toBeGreaterThanOrEqual(2);
    const first = proposals.first();
    await expect(first).toContainText(/\d+ uwag/);
    await expect(first).toContainText(/Stanowiska: Poparcie: \d+ \(\d+\s?%\)/);
    await expectNoAxeViolations(page);

    // Accept the first proposal under a new name and colour.
    await first.getByLabel('Nazwa tematu').fill('Pierwszy odkryty temat');
    await first.getByLabel('Kolor nowego tematu').selectOption({ label: 'zielony' });
    await first.getByRole('button', { name: /^Przyjmij jako temat/ }).click();
    await expect(announcement(page, 'Utworzono temat „Pierwszy odkryty temat”')).toBeAttached();
    await tab(page, 'Tematy').click();
    await expect(
      page.getByRole('list', { name: 'Tematy', exact: true }).getByRole('heading', { level: 3, name: 'Pierwszy odkryty temat' }),
    ).toBeVisible();

    // Quality check: a sample of five, one comment coded, the scores in a table.
    await tab(page, 'Kontrola jakości').click();
    await expect(page.getByText('Nie wylosowano jeszcze próby.')).toBeVisible();
    await page.getByLabel('Liczba uwag w próbie').fill('5');
    await page.getByRole('button', { name: 'Wylosuj próbę' }).click();
    await expect(announcement(page, 'Wylosowano 5 uwag.')).toBeAttached();
    const sample = page.getByRole('list', { name: 'Próba do oceny' }).getByRole('article');
    await expect(sample).toHaveCount(5);
    await sample.first().getByRole('checkbox', { name: 'Pierwszy odkryty temat' }).check();
    await sample
      .first()
      .getByRole('button', { name: /^Zapisz ocenę/ })
      .click();
    await expect(announcement(page, 'Zapisano ocenę uwagi 1: 1 temat.')).toBeAttached();
    await expect(page.getByText('Oceniono 1 z 5 uwag.')).toBeVisible();
    await page.getByRole('button', { name: 'Policz zgodność' }).click();
    const table = page.getByRole('table', { name: 'Precyzja, czułość i F1 według tematu' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Średnia mikro' })).toBeVisible();
    await expect(page.getByText(/^Precyzja mówi, jaka część podpowiedzi/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
