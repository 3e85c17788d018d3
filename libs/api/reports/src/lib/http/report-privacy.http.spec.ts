import { ACCESS_POLICY } from '@consulta/api/core';
import { TestClient } from '@consulta/api/testing';
import { PublishedReportDto, ReportCommentPageDto, ReportFileFormat, Role } from '@consulta/shared/contracts';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Workbook } from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aPerson, closeConsultation, createReportsApp, download, Person, runJob } from '../../testing/reports-test-kit';
import { PublicReportController } from './public-report.controller';
import { aHandMadeConsultation, HandMade } from './report-fixture';
import { StaffReportController } from './staff-report.controller';

/** Every cell of every sheet, as text. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? '')))));
  return cells.join('\n');
}

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('report: personal data and access', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let approver: Person;
  let resident: Person;
  let made: HandMade;

  beforeAll(async () => {
    app = await createReportsApp();
    admin = await aPerson(app, Role.Admin, 'Administratorka Danych');
    moderator = await aPerson(app, Role.Moderator, 'Moderator Prywatności');
    approver = await aPerson(app, Role.Moderator, 'Zatwierdzający Prywatności');
    resident = await aPerson(app, Role.Resident);
    made = await aHandMadeConsultation(app, admin, moderator, approver);
    await closeConsultation(app, made.consultation.slug);
    await runJob(moderator.client, `/api/staff/consultations/${made.consultation.slug}/report/draft`);
    await runJob(moderator.client, `/api/staff/consultations/${made.consultation.slug}/report/publish`);
  }, 120_000);
  afterAll(() => app.close());

  it('never puts names, e-mails, redacted originals or unpublished comments in any public output or export', async () => {
    const { slug } = made.consultation;
    const anonymous = await TestClient.create(app);
    const outputs: Record<string, string> = {};
    const report = (await anonymous.get(`/api/consultations/${slug}/report`).expect(200)).body as PublishedReportDto;
    outputs['GET report'] = JSON.stringify(report);
    outputs['GET version 1'] = JSON.stringify((await anonymous.get(`/api/consultations/${slug}/report/versions/1`).expect(200)).body);
    const rows = (await anonymous.get(`/api/consultations/${slug}/report/versions/1/comments?limit=200`).expect(200))
      .body as ReportCommentPageDto;
    outputs['GET comments'] = JSON.stringify(rows);
    for (const format of Object.values(ReportFileFormat)) {
      const file = await download(anonymous, `/api/consultations/${slug}/report/versions/1/files/${format}`);
      expect(file.status).toBe(200);
      outputs[format] =
        format === ReportFileFormat.Xlsx
          ? await xlsxText(file.body)
          : format === ReportFileFormat.Pdf
            ? pdfText(file.body)
            : file.body.toString('utf8');
    }

    // The PDF's table wraps its cells: compare its words with single spaces.
    outputs[ReportFileFormat.Pdf] = outputs[ReportFileFormat.Pdf].replace(/\s+/g, ' ');
    // The outputs are real: each holds the published texts (the NGO's name, the redaction marker, the letter).
    for (const [name, text] of Object.entries(outputs)) {
      if (name === 'GET report' || name === 'GET version 1') continue;
      expect([name, text.includes('Stowarzyszenie Zielony Kraków')]).toEqual([name, true]);
      expect([name, text.includes('usunięto dane osobowe')]).toEqual([name, true]);
      expect([name, text.includes('prosimy o więcej ławek')]).toEqual([name, true]);
    }
    expect(rows.total).toBe(4);

    const forbidden = {
      ...made.secrets,
      moderatorName: moderator.user.displayName,
      moderatorEmail: moderator.email,
      approverName: approver.user.displayName,
      memberName: 'Członek-',
    };
    for (const [name, text] of Object.entries(outputs)) {
      const lower = text.toLowerCase();
      for (const [what, secret] of Object.entries(forbidden)) {
        expect([name, what, lower.includes(secret.toLowerCase())]).toEqual([name, what, false]);
      }
    }
  });

  it('answers 403 to a resident and 401 to an anonymous visitor on every staff route; anyone reads the published report', async () => {
    const { slug } = made.consultation;
    const routes: { method: string; path: string }[] = [];
    const base = (Reflect.getMetadata(PATH_METADATA, StaffReportController) as string).replace(':slug', slug);
    for (const name of Object.getOwnPropertyNames(StaffReportController.prototype)) {
      const handler = (StaffReportController.prototype as unknown as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      expect((Reflect.getMetadata(ACCESS_POLICY, handler) as { roles?: Role[] }).roles).toEqual([Role.Moderator, Role.Admin]);
      routes.push({ method: RequestMethod[method].toLowerCase(), path: `/api/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '') });
    }
    expect(routes).toHaveLength(5);
    const anonymous = await TestClient.create(app);
    const call = (client: TestClient, route: { method: string; path: string }) =>
      (client as unknown as Record<string, (path: string, body?: object) => Promise<{ status: number }>>)[route.method](route.path, {});
    for (const route of routes) {
      expect([route.path, (await call(resident.client, route)).status]).toEqual([route.path, 403]);
      expect([route.path, (await call(anonymous, route)).status]).toEqual([route.path, 401]);
    }

    // Every public route is @Public() and answers an anonymous visitor.
    for (const name of Object.getOwnPropertyNames(PublicReportController.prototype)) {
      const handler = (PublicReportController.prototype as unknown as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      expect([name, (Reflect.getMetadata(ACCESS_POLICY, handler) as { kind: string }).kind]).toEqual([name, 'public']);
    }
    await anonymous.get(`/api/consultations/${slug}/report`).expect(200);
    await anonymous.get(`/api/consultations/${slug}/report/versions/1/comments`).expect(200);
    expect((await download(anonymous, `/api/consultations/${slug}/report/versions/1/files/json`)).status).toBe(200);
    await anonymous.get(`/api/consultations/no-such-consultation/report`).expect(404);
  });
});
