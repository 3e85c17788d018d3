import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiSession, demoAccount, demoResidents, expectNoAxeViolations, newPerson, signIn, switchLanguage, userNav } from './support';

/**
 * The consultation report (issue 6), end to end: staff close a consultation on the Kraków mission draft, generate the
 * report, edit its header and publish it; an anonymous visitor reads it, opens a chart's data table, pages the table of
 * comments and downloads every format. Each run makes its own copy of the Kraków consultation (the seeded one is shared
 * by tests that need it open).
 */

const KRAKOW_MARKDOWN = readFileSync(join(__dirname, '../../libs/api/consultation/src/lib/demo/krakow-mission-draft.md'), 'utf8');
/** More than one page of the table (50 rows a page). */
const PAPER_LETTERS = 51;
const SECTION = 'Misja — rola samorządu';
const ORGANISATION = 'Stowarzyszenie Przyjaciół Plant';
/** Staff record who wrote a letter; never public. */
const PRIVATE_NAME = 'Bożydar Zażółć-Gęślą';
const ORGANISER = 'Wydział Komunikacji Społecznej Urzędu Miasta Krakowa';

interface Language {
  consultationLink: string;
  headerHeading: string;
  organiser: string;
  channelChart: string;
  showTable: string;
  hideTable: string;
  paper: string;
  commentsCaption: RegExp;
  more: string;
  shown: (shown: number, total: number) => string;
  downloads: string;
  formats: Record<'pdf' | 'csv' | 'xlsx' | 'json', string>;
}

const LANGUAGES: Record<'pl' | 'en', Language> = {
  pl: {
    consultationLink: 'Przeczytaj sprawozdanie z konsultacji',
    headerHeading: 'Informacje o konsultacjach',
    organiser: 'Organizator',
    channelChart: 'Uwagi według sposobu złożenia',
    showTable: 'Pokaż tabelę danych',
    hideTable: 'Ukryj tabelę danych',
    paper: 'pismo papierowe',
    commentsCaption: /^Uwagi złożone w konsultacjach i ich rozstrzygnięcia \(razem: 52\)$/,
    more: 'Pokaż kolejne uwagi',
    shown: (shown, total) => `Wyświetlono uwagi: ${shown} z ${total}.`,
    downloads: 'Pobierz sprawozdanie i dane',
    formats: { pdf: 'Sprawozdanie (PDF)', csv: 'Uwagi (CSV)', xlsx: 'Uwagi (XLSX, Excel)', json: 'Dane (JSON)' },
  },
  en: {
    consultationLink: 'Read the consultation report',
    headerHeading: 'About the consultation',
    organiser: 'Organiser',
    channelChart: 'Comments by channel',
    showTable: 'Show the data table',
    hideTable: 'Hide the data table',
    paper: 'paper letter',
    commentsCaption: /^Comments submitted in the consultation and the decisions on them \(total: 52\)$/,
    more: 'Show more comments',
    shown: (shown, total) => `Showing ${shown} of ${total} comments.`,
    downloads: 'Download the report and data',
    formats: { pdf: 'Report (PDF)', csv: 'Comments (CSV)', xlsx: 'Comments (XLSX, Excel)', json: 'Data (JSON)' },
  },
};

/**
 * An open, post-moderated consultation on the Kraków mission draft with one online comment by a demo resident and
 * PAPER_LETTERS letters entered by staff (one from an organisation, the others from named private persons).
 */
async function seedConsultation(baseURL: string, tag: string): Promise<{ slug: string; title: string; onlineText: string }> {
  const admin = await ApiSession.signIn(baseURL, demoAccount('admin').email, demoAccount('admin').password);
  const [anna] = demoResidents();
  const resident = await ApiSession.signIn(baseURL, anna.email, anna.password);
  try {
    const slug = `raport-${tag}`;
    const title = `Misja Krakowa — sprawozdanie ${tag}`;
    const hour = 3600 * 1000;
    await admin.send(
      'POST',
      '/api/admin/consultations',
      {
        slug,
        title,
        summary: 'Kopia konsultacji projektu misji Krakowa dla testu sprawozdania.',
        opensAt: new Date(Date.now() - 24 * hour).toISOString(),
        closesAt: new Date(Date.now() + 14 * 24 * hour).toISOString(),
        moderationMode: 'post',
        published: true,
      },
      201,
    );
    await admin.send('POST', `/api/admin/consultations/${slug}/versions`, { markdown: KRAKOW_MARKDOWN }, 201);
    const detail = await admin.send<{ document: { sections: { key: string; title: string }[] } }>(
      'GET',
      `/api/consultations/${slug}`,
      undefined,
      200,
    );
    const sectionKey = detail.document.sections.find((section) => section.title === SECTION)?.key;
    expect(sectionKey, `the Kraków document has the section "${SECTION}"`).toBeTruthy();

    const onlineText = `Samorząd powinien częściej pytać mieszkańców o zdanie, ${tag}.`;
    await resident.send(
      'POST',
      `/api/consultations/${slug}/comments`,
      { sectionKey, text: onlineText, stance: 'proposes_change', submitterType: 'resident', personalDataConsent: true },
      201,
    );
    for (let n = 1; n <= PAPER_LETTERS; n++) {
      const fromOrganisation = n === 1;
      await admin.send(
        'POST',
        `/api/moderation/consultations/${slug}/submissions`,
        {
          channel: 'paper',
          receivedAt: new Date(Date.now() - hour).toISOString(),
          submitterType: fromOrganisation ? 'ngo' : 'resident',
          ...(fromOrganisation ? { organisationName: ORGANISATION } : { submitterName: PRIVATE_NAME }),
          sectionKey,
          stance: n % 3 === 0 ? 'support' : 'neutral',
          text: `Pismo numer ${n}: zieleń i współpraca z mieszkańcami są ważne (${tag}).`,
        },
        201,
      );
    }
    return { slug, title, onlineText };
  } finally {
    await Promise.all([admin.dispose(), resident.dispose()]);
  }
}

test.describe('Consultation report', () => {
  // Seeding 52 comments, two background jobs (the draft and the publication with its PDF) and several scans.
  test.describe.configure({ timeout: 240_000 });

  test('staff close the consultation, generate, edit and publish the report; a visitor reads it and downloads every format', async ({
    browser,
  }, testInfo) => {
    const baseURL = testInfo.project.use.baseURL ?? '';
    const tag = `${testInfo.project.name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const { slug, title, onlineText } = await seedConsultation(baseURL, tag);
    // The phone reads the report in English, the desktop in Polish; staff work in Polish.
    const language = testInfo.project.name === 'phone' ? LANGUAGES.en : LANGUAGES.pl;

    const staff = await newPerson(browser, testInfo);
    const visitor = await newPerson(browser, testInfo);
    try {
      // --- Staff: close the consultation now (confirmed), then open the report editor.
      const page = staff.page;
      const admin = demoAccount('admin');
      await page.goto('/');
      await signIn(page, admin.email, admin.password);
      await expect(userNav(page).getByRole('link', { name: 'Moje konto' })).toBeVisible();
      await page.goto(`/admin/consultations/${slug}`);
      const closing = page.getByRole('region', { name: 'Zakończenie konsultacji i sprawozdanie' });
      await closing.getByRole('button', { name: 'Zakończ konsultację teraz' }).click();
      const question = closing.getByText(`Zakończyć konsultację „${title}” teraz?`);
      await expect(question).toBeFocused();
      await closing.getByRole('button', { name: 'Tak, zakończ teraz' }).click();
      await expect(closing.getByRole('status')).toHaveText('Konsultacja została zakończona.');
      await expect(closing).toContainText('Konsultacja jest zakończona.');
      await closing.getByRole('link', { name: 'Przygotuj sprawozdanie z konsultacji' }).click();
      await expect(page).toHaveURL(`/staff/k/${slug}/report`);
      await expect(page.getByRole('heading', { level: 1, name: `Sprawozdanie: ${title}` })).toBeVisible();

      // --- Generate the draft: a job with a progress bar; the outcome is announced.
      const draftPanel = page.getByRole('region', { name: 'Projekt sprawozdania' });
      await expect(draftPanel).toContainText('Nie ma jeszcze projektu sprawozdania.');
      await draftPanel.getByRole('button', { name: 'Przygotuj projekt sprawozdania' }).click();
      await expect(draftPanel.getByRole('status').filter({ hasText: 'Projekt sprawozdania jest gotowy.' })).toBeVisible({
        timeout: 60_000,
      });
      await expect(draftPanel.getByRole('button', { name: 'Przygotuj projekt ponownie z aktualnych danych' })).toBeEnabled();

      // --- Edit the header: a required field left empty is explained, then the organiser is saved.
      const headerPanel = page.getByRole('region', { name: 'Nagłówek sprawozdania' });
      const subject = headerPanel.getByRole('textbox', { name: 'Przedmiot konsultacji' });
      await expect(subject).not.toHaveValue('');
      const subjectText = await subject.inputValue();
      await subject.fill('');
      await headerPanel.getByRole('button', { name: 'Zapisz nagłówek' }).click();
      await expect(subject).toBeFocused();
      await expect(subject).toHaveAttribute('aria-invalid', 'true');
      await expect(headerPanel.getByText('To pole jest wymagane.')).toBeVisible();
      await subject.fill(subjectText);
      await headerPanel.getByRole('textbox', { name: 'Organizator' }).fill(ORGANISER);
      await headerPanel.getByRole('button', { name: 'Zapisz nagłówek' }).click();
      await expect(headerPanel.getByRole('status')).toHaveText('Zapisano nagłówek sprawozdania.');

      // The preview shows the edited header and the figures.
      const preview = page.getByRole('region', { name: 'Podgląd sprawozdania' });
      await expect(preview.getByRole('region', { name: 'Informacje o konsultacjach' })).toContainText(ORGANISER);
      await expect(preview.getByRole('img', { name: 'Uwagi według sposobu złożenia' })).toBeVisible();
      await expectNoAxeViolations(page);

      // --- Publish, confirmed; the job's outcome links to the public page.
      const publishPanel = page.getByRole('region', { name: 'Publikacja' });
      await publishPanel.getByRole('button', { name: 'Opublikuj sprawozdanie' }).click();
      await expect(publishPanel.getByText('Opublikować wersję 1 sprawozdania?')).toBeFocused();
      await publishPanel.getByRole('button', { name: 'Tak, opublikuj' }).click();
      await expect(publishPanel.getByRole('status').filter({ hasText: 'Opublikowano wersję 1 sprawozdania.' })).toBeVisible({
        timeout: 90_000,
      });
      await expect(publishPanel.getByRole('link', { name: 'Zobacz opublikowane sprawozdanie' })).toBeVisible();
      const versions = page.getByRole('table', { name: 'Opublikowane wersje sprawozdania' });
      await expect(versions.getByRole('link', { name: 'Wersja 1' })).toBeVisible();
      // A correction now needs a change note: asked for before anything is published.
      await publishPanel.getByRole('button', { name: 'Opublikuj poprawioną wersję' }).click();
      await expect(publishPanel.getByRole('textbox', { name: 'Co poprawiono w tej wersji' })).toBeFocused();
      await expect(publishPanel.getByText('To pole jest wymagane.')).toBeVisible();

      // --- An anonymous visitor finds the report from the consultation page.
      const reader = visitor.page;
      await reader.goto(`/k/${slug}`);
      await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
      if (language === LANGUAGES.en) await switchLanguage(reader, 'en');
      await reader.getByRole('link', { name: language.consultationLink }).click();
      await expect(reader).toHaveURL(`/k/${slug}/report`);
      await expect(reader.getByRole('heading', { level: 1 })).toContainText(title);

      // The header as a definition list, with the edited organiser.
      const header = reader.getByRole('region', { name: language.headerHeading });
      await expect(header.getByRole('definition').filter({ hasText: ORGANISER })).toBeVisible();
      await expect(header.getByRole('term').filter({ hasText: language.organiser })).toBeVisible();

      // A chart is an image named by its caption; its data table opens from the button after it.
      const chart = reader.getByRole('figure', { name: language.channelChart });
      await expect(chart.getByRole('img', { name: language.channelChart })).toBeVisible();
      const toggle = chart.getByRole('button', { name: `${language.showTable}: ${language.channelChart}` });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      // The same button now hides the table (its name follows).
      await expect(chart.getByRole('button', { name: `${language.hideTable}: ${language.channelChart}` })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      const data = chart.getByRole('table', { name: language.channelChart });
      await expect(data.getByRole('row', { name: new RegExp(`^${language.paper} ${PAPER_LETTERS} `) })).toBeVisible();
      await expect(data.getByRole('columnheader')).toHaveCount(3);

      // The table of every comment: one page, then the rest; announced.
      const comments = reader.getByRole('table', { name: language.commentsCaption });
      await expect(comments.locator('tbody tr')).toHaveCount(50);
      await expect(comments).toContainText(ORGANISATION);
      await reader.getByRole('button', { name: language.more }).click();
      await expect(comments.locator('tbody tr')).toHaveCount(PAPER_LETTERS + 1);
      await expect(reader.getByRole('status').filter({ hasText: language.shown(52, 52) })).toBeAttached();
      await expect(reader.getByRole('button', { name: language.more })).toHaveCount(0);
      await expect(comments).toContainText(onlineText);
      // No private person's name, neither the letter writer's nor the online resident's.
      const [anna] = demoResidents();
      await expect(reader.getByRole('main')).not.toContainText(PRIVATE_NAME);
      await expect(reader.getByRole('main')).not.toContainText('Anna Nowak');
      await expectNoAxeViolations(reader);

      // --- Every format downloads from the stored files.
      const downloads = reader.getByRole('region', { name: language.downloads });
      const expected = {
        pdf: 'application/pdf',
        csv: 'text/csv',
        xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        json: 'application/json',
      } as const;
      for (const format of ['pdf', 'csv', 'xlsx', 'json'] as const) {
        const link = downloads.getByRole('link', { name: new RegExp(`^${escapeRegExp(language.formats[format])}, `) });
        const href = await link.getAttribute('href');
        expect(href, `${format} link`).toBeTruthy();
        const response = await visitor.context.request.get(href ?? '');
        expect(response.status(), `${format} download`).toBe(200);
        expect(response.headers()['content-type'], `${format} content type`).toContain(expected[format]);
        const body = await response.body();
        if (format === 'pdf') expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (format === 'xlsx') expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
        if (format === 'csv') {
          expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          const text = body.toString('utf8');
          expect(text).toContain(onlineText);
          expect(text).toContain(ORGANISATION);
          expect(text).not.toContain(PRIVATE_NAME);
          expect(text).not.toContain(anna.email);
        }
        if (format === 'json') {
          const text = body.toString('utf8');
          expect(() => JSON.parse(text) as unknown).not.toThrow();
          expect(text).toContain(onlineText);
          expect(text).not.toContain(PRIVATE_NAME);
        }
      }

      // The version stays readable at its own address.
      await reader.goto(`/k/${slug}/report/v/1`);
      await expect(reader.getByRole('heading', { level: 1 })).toContainText(title);
      await expect(reader.getByRole('link', { name: language === LANGUAGES.en ? 'Version 1' : 'Wersja 1' })).toHaveAttribute(
        'aria-current',
        'page',
      );
    } finally {
      await Promise.all([staff.context.close(), visitor.context.close()]);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
