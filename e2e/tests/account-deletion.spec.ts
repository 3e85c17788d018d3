import { Locator, Page, TestInfo, expect, test } from '@playwright/test';
import { ApiSession, STRONG_PASSWORD, createOpenConsultation, demoAccount, expectNoAxeViolations, signIn, switchLanguage } from './support';

/**
 * Deleting one's account (GDPR) from "My account": with "keep anonymised" a published comment stays, signed as a
 * former participant; with "delete" it is gone. Polish on the desktop, English on the phone. Two registrations per
 * project and run (the per-IP registration limit is 10 an hour ×10 in the browser tests).
 */

const SECTION = 'Zieleń';

const TEXT = {
  pl: {
    section: 'Usunięcie konta',
    anonymise: 'Zachowaj opublikowane komentarze i odpowiedzi bez mojego imienia',
    remove: 'Usuń wszystkie moje komentarze i odpowiedzi',
    password: 'Hasło (dla potwierdzenia)',
    submit: 'Usuń konto',
    confirm: 'Tak, usuń konto',
    deleted: 'Twoje konto zostało usunięte i nastąpiło wylogowanie. Dziękujemy za udział w konsultacjach.',
    signIn: 'Zaloguj się',
    show: 'Pokaż dyskusję',
    discussion: 'Dyskusja',
    formerParticipant: 'Była uczestniczka lub uczestnik',
    shown: (n: number) => `${n} ${n === 1 ? 'komentarz' : 'komentarze'} · Wyświetlono ${n} z ${n}.`,
  },
  en: {
    section: 'Delete account',
    anonymise: 'Keep my published comments and replies without my name',
    remove: 'Remove all my comments and replies',
    password: 'Password (to confirm)',
    submit: 'Delete account',
    confirm: 'Yes, delete my account',
    deleted: 'Your account has been deleted and you have been signed out. Thank you for taking part.',
    signIn: 'Sign in',
    show: 'Show discussion',
    discussion: 'Discussion',
    formerParticipant: 'Former participant',
    shown: (n: number) => `${n} ${n === 1 ? 'comment' : 'comments'} · Showing ${n} of ${n}.`,
  },
} as const;

type Texts = (typeof TEXT)['pl'] | (typeof TEXT)['en'];

/** A new verified resident with one published comment on "Zieleń" of the consultation. */
async function residentWithComment(baseURL: string, slug: string, name: string, text: string): Promise<string> {
  const { session, email } = await ApiSession.registerVerified(baseURL, name, 'usuwanie');
  try {
    const detail = await session.send<{ document: { sections: { key: string; title: string }[] } }>(
      'GET',
      `/api/consultations/${slug}`,
      undefined,
      200,
    );
    const sectionKey = detail.document.sections.find((section) => section.title === SECTION)?.key;
    await session.send(
      'POST',
      `/api/consultations/${slug}/comments`,
      { sectionKey, text, stance: 'oppose', submitterType: 'resident', personalDataConsent: true },
      201,
    );
    return email;
  } finally {
    await session.dispose();
  }
}

/** Signs in through the UI, deletes the account from "My account" with the chosen mode, and checks the signed-out home page. */
async function deleteAccount(page: Page, texts: Texts, email: string, mode: 'anonymise' | 'remove'): Promise<void> {
  await page.goto('/');
  await signIn(page, email, STRONG_PASSWORD);
  await expect(page.getByRole('navigation', { name: /^(Konto|Account)$/ }).getByRole('link', { name: texts.signIn })).toHaveCount(0);
  await page.goto('/account');
  const form = page.getByRole('region', { name: texts.section });
  await form.getByRole('radio', { name: mode === 'anonymise' ? texts.anonymise : texts.remove }).check();
  await form.getByLabel(texts.password).fill(STRONG_PASSWORD);
  await form.getByRole('button', { name: texts.submit }).click();
  const confirm = form.getByRole('button', { name: texts.confirm });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page);
  await confirm.click();
  await expect(page.getByText(texts.deleted)).toBeVisible();
  await expect(page.getByRole('navigation', { name: /^(Konto|Account)$/ }).getByRole('link', { name: texts.signIn })).toBeVisible();
}

async function openDiscussion(page: Page, texts: Texts, slug: string, title: string): Promise<Locator> {
  await page.goto(`/k/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const section = page.getByRole('region', { name: SECTION, exact: true });
  await section.getByRole('button', { name: new RegExp(`^${texts.show} ?: ${SECTION}$`) }).click();
  const panel = page.getByRole('region', { name: `${texts.discussion}: ${SECTION}`, exact: true });
  await expect(panel.getByRole('heading', { name: `${texts.discussion}: ${SECTION}` })).toBeFocused();
  return panel;
}

test.describe('Account deletion', () => {
  test.describe.configure({ timeout: 120_000 });

  test('anonymised comments stay as a former participant’s, removed ones are gone', async ({ page, baseURL }, testInfo: TestInfo) => {
    const texts: Texts = testInfo.project.name === 'phone' ? TEXT.en : TEXT.pl;
    const tag = `[usun-${Date.now().toString(36)}-${testInfo.project.name}]`;
    const admin = await ApiSession.signIn(baseURL ?? '', demoAccount('admin').email, demoAccount('admin').password);
    const { slug, title } = await createOpenConsultation(admin, 'usuwanie').finally(() => admin.dispose());
    const kept = `Za mało drzew przy nowych osiedlach. ${tag}`;
    const removed = `Parki powinny być otwarte całą dobę. ${tag}`;
    const keeping = await residentWithComment(baseURL ?? '', slug, 'Zofia Anonimowa', kept);
    const removing = await residentWithComment(baseURL ?? '', slug, 'Piotr Usuwający', removed);

    await page.goto('/');
    if (texts === TEXT.en) await switchLanguage(page, 'en');
    let panel = await openDiscussion(page, texts, slug, title);
    await expect(panel.getByText(texts.shown(2))).toBeVisible();
    await expect(panel.getByRole('article').filter({ hasText: kept }).getByRole('heading')).toHaveText('Zofia Anonimowa');

    // 1. "Keep anonymised": the comment stays, signed as a former participant.
    await deleteAccount(page, texts, keeping, 'anonymise');
    panel = await openDiscussion(page, texts, slug, title);
    await expect(panel.getByText(texts.shown(2))).toBeVisible();
    const anonymised = panel.getByRole('article').filter({ hasText: kept });
    await expect(anonymised.getByRole('heading')).toHaveText(texts.formerParticipant);
    await expect(panel.getByText('Zofia Anonimowa')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // 2. "Delete": the other resident's comment is gone; the anonymised one is still there.
    await deleteAccount(page, texts, removing, 'remove');
    panel = await openDiscussion(page, texts, slug, title);
    await expect(panel.getByText(texts.shown(1))).toBeVisible();
    await expect(panel.getByRole('article')).toHaveCount(1);
    await expect(panel.getByRole('article').filter({ hasText: kept })).toBeVisible();
    await expect(panel.getByText(removed)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
