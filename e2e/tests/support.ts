import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, Browser, BrowserContext, expect, Locator, Page, request, TestInfo } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER } from '@consulta/shared/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoAccount {
  role: 'admin' | 'moderator' | 'resident';
  email: string;
  password: string;
}

/** The demo accounts the server printed at its first start (captured by e2e/serve-app.mjs). */
export function demoAccount(role: DemoAccount['role']): DemoAccount {
  const accounts = JSON.parse(readFileSync(join(__dirname, '../../tmp/e2e-demo-accounts.json'), 'utf8')) as DemoAccount[];
  const account = accounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo ${role} account was printed by the server`);
  return account;
}

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** The strong password used for accounts the tests register (long, several words, not from the e-mail). */
export const STRONG_PASSWORD = 'Wiśniowy-Sad-Nad-Wisłą-2026';

/** The seeded Kraków consultation. */
export const KRAKOW_MISSION = {
  slug: 'misja-krakowa',
  title: 'Misja Samorządu Miasta Krakowa — projekt do konsultacji',
  sections: [
    'Skąd ten projekt',
    'Misja — przestrzeń współdziałania',
    'Misja — rola samorządu',
    'Misja — podstawa współpracy',
    'Elementy kluczowe, wspólne dla wszystkich propozycji',
  ],
  keyElementCount: 11,
} as const;

/** The header's account navigation ("Konto" / "Account"). */
export function userNav(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(Konto|Account)$/ });
}

/** The header's main navigation ("Menu główne" / "Main menu"). */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(Menu główne|Main menu)$/ });
}

/** Presses the header's language button and checks that the interface followed. */
export async function switchLanguage(page: Page, language: 'pl' | 'en'): Promise<void> {
  const switcher = page.getByRole('group', { name: /^(Język|Language)$/ });
  const button = switcher.getByRole('button', { name: language === 'pl' ? 'Polski' : 'English' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Signs in through the header link and the form, as a person does; ends on the page the form leads to. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await userNav(page)
    .getByRole('link', { name: /^(Zaloguj się|Sign in)$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Zaloguj się|Sign in)$/ })).toBeVisible();
  await page.getByLabel(/^(Adres e-mail|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Hasło|Password)$/).fill(password);
  await page
    .getByRole('main')
    .getByRole('button', { name: /^(Zaloguj się|Sign in)$/ })
    .click();
}

/**
 * Opens the development mailbox from the footer, shows the messages sent to `recipient` and returns
 * the newest one with the given subject (an <article> named by its subject).
 */
export async function openMailTo(page: Page, recipient: string, subject: RegExp): Promise<Locator> {
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /^(Skrzynka deweloperska|Development mailbox)$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Skrzynka deweloperska|Development mailbox)$/ })).toBeVisible();
  await page.getByLabel(/^(Adres odbiorcy|Recipient address)$/).fill(recipient);
  await page.getByRole('button', { name: /^(Pokaż wiadomości|Show messages)$/ }).click();
  const mail = page.getByRole('article', { name: subject }).filter({ hasText: recipient }).first();
  await expect(mail).toBeVisible();
  return mail;
}

/** Fails unless the focused element shows the app's keyboard focus ring (3 px solid outline). */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  await expect(target).toHaveCSS('outline-style', 'solid');
  await expect(target).toHaveCSS('outline-width', '3px');
}

/** Both seeded demo residents (Anna Nowak first, then Jan Kowalski), for tests where two people take part. */
export function demoResidents(): [DemoAccount, DemoAccount] {
  const accounts = JSON.parse(readFileSync(join(__dirname, '../../tmp/e2e-demo-accounts.json'), 'utf8')) as DemoAccount[];
  const residents = accounts.filter((candidate) => candidate.role === 'resident');
  if (residents.length < 2) throw new Error(`The server printed ${residents.length} demo resident account(s), two are needed`);
  return [residents[0], residents[1]];
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking that every press moves focus to something else. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', maxPresses = 25): Promise<void> {
  let previous = '';
  for (let press = 1; press <= maxPresses; press++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element && element !== document.body ? element.outerHTML.slice(0, 200) : '';
    });
    expect(focused, `${key} press ${press} left focus nowhere`).not.toBe('');
    expect(focused, `${key} press ${press} did not move focus`).not.toBe(previous);
    previous = focused;
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
  }
  throw new Error(`Focus did not reach ${target.toString()} within ${maxPresses} ${key} presses`);
}

/**
 * A person's own API session (cookies and the CSRF header, as the web app sends them), for creating test data
 * through the public API: consultations as the admin, comments and agreements as residents.
 */
export class ApiSession {
  private constructor(readonly context: APIRequestContext) {}

  /** A new session with the CSRF cookie the app issues on the first request. */
  static async open(baseURL: string): Promise<ApiSession> {
    const context = await request.newContext({ baseURL });
    const response = await context.get('/api/csrf-cookie');
    expect(response.status(), 'the CSRF cookie endpoint answers').toBeLessThan(400);
    const session = new ApiSession(context);
    await session.csrfToken();
    return session;
  }

  /** The CSRF cookie's current value (read each time: signing in may issue a new one). */
  private async csrfToken(): Promise<string> {
    const token = (await this.context.storageState()).cookies.find((cookie) => cookie.name === CSRF_COOKIE)?.value;
    if (!token) throw new Error('The app did not issue a CSRF cookie');
    return token;
  }

  static async signIn(baseURL: string, email: string, password: string): Promise<ApiSession> {
    const session = await ApiSession.open(baseURL);
    await session.send('POST', '/api/auth/login', { email, password }, 200);
    return session;
  }

  /** Registers a new resident and verifies the address with the link from the development mailbox. */
  static async registerVerified(baseURL: string, displayName: string, prefix: string): Promise<{ session: ApiSession; email: string }> {
    const email = uniqueEmail(prefix);
    const session = await ApiSession.open(baseURL);
    await session.send('POST', '/api/auth/register', { email, displayName, password: STRONG_PASSWORD, locale: 'pl' }, 201);
    const mails = await session.send<{ links: string[] }[]>('GET', `/api/dev/outbox?to=${encodeURIComponent(email)}`, undefined, 200);
    const token = mails
      .flatMap((mail) => mail.links)
      .map((link) => new URL(link).searchParams.get('token'))
      .find((value): value is string => !!value);
    if (!token) throw new Error(`No verification link was sent to ${email}`);
    await session.send('POST', '/api/auth/verify-email', { token }, 204);
    return { session, email };
  }

  /** Sends a request and checks its status; answers the JSON body (undefined when there is none). */
  async send<T = unknown>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body: unknown, status: number): Promise<T> {
    const response = await this.context.fetch(url, {
      method,
      data: body,
      headers: method === 'GET' ? {} : { [CSRF_HEADER]: await this.csrfToken() },
    });
    const text = await response.text();
    expect(response.status(), `${method} ${url}: ${text.slice(0, 300)}`).toBe(status);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }
}

/** A document of two sections for consultations the tests create. */
export const TEST_DOCUMENT_MARKDOWN = `# Plan testowy

## Transport

Tramwaje kursują częściej w godzinach szczytu.

Ścieżki rowerowe łączą wszystkie dzielnice miasta.

## Zieleń

Każda dzielnica ma park w zasięgu krótkiego spaceru.
`;

/** An open, post-moderated consultation with TEST_DOCUMENT_MARKDOWN, created through the admin API; its slug and title. */
export async function createOpenConsultation(admin: ApiSession, prefix: string): Promise<{ slug: string; title: string }> {
  const slug = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  const title = `Konsultacja testowa ${slug}`;
  const day = 24 * 3600 * 1000;
  await admin.send(
    'POST',
    '/api/admin/consultations',
    {
      slug,
      title,
      summary: 'Konsultacja utworzona przez test przeglądarkowy.',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
      moderationMode: 'post',
      published: true,
    },
    201,
  );
  await admin.send('POST', `/api/admin/consultations/${slug}/versions`, { markdown: TEST_DOCUMENT_MARKDOWN }, 201);
  return { slug, title };
}

/**
 * The demo admin creates and publishes a pre-moderated consultation through the admin pages, then imports a document
 * with one section, "Cel", holding one paragraph. Leaves the page signed in as the admin.
 */
export async function createPreModeratedConsultation(
  page: Page,
  consultation: { slug: string; title: string; summary: string; heading: string; paragraph: string },
): Promise<void> {
  const admin = demoAccount('admin');
  await page.goto('/');
  await signIn(page, admin.email, admin.password);
  await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();
  await page.goto('/admin/consultations/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nowa konsultacja' })).toBeVisible();
  await page.getByLabel('Adres (slug)').fill(consultation.slug);
  await page.getByLabel('Tytuł').fill(consultation.title);
  await page.getByLabel('Streszczenie').fill(consultation.summary);
  await page.getByRole('radio', { name: 'Przed publikacją (premoderacja)' }).check();
  await page.getByRole('checkbox', { name: 'Opublikowana (widoczna dla mieszkańców)' }).check();
  await page.getByRole('button', { name: 'Utwórz konsultację' }).click();
  await expect(page).toHaveURL(`/admin/consultations/${consultation.slug}`);
  const importPanel = page.getByRole('region', { name: 'Import nowej wersji dokumentu' });
  await importPanel
    .getByLabel('Treść dokumentu (Markdown)')
    .fill([`# ${consultation.heading}`, '', '## Cel', '', consultation.paragraph, ''].join('\n'));
  await importPanel.getByRole('button', { name: 'Importuj wersję' }).click();
  await expect(importPanel.getByRole('status')).toContainText('Zaimportowano wersję 1.');
}

/** A second person in the same test: a new browser context with the project's device settings (phone or desktop). */
export async function newPerson(browser: Browser, testInfo: TestInfo): Promise<{ context: BrowserContext; page: Page }> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = testInfo.project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL });
  return { context, page: await context.newPage() };
}

/** A word only one test's comments contain (letters only: the moderation queue searches whole words by prefix). */
export function searchWord(prefix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return `${prefix}${Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join('')}`;
}
