import { ConsultationStatus, ModerationMode, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { aConsultation, anonymous, createConsultationApp, signedInAs } from '../../testing/consultation-test-kit';
import { ConsultationSeeder, DEMO_CONSULTATION_SLUG } from './consultation.seeder';
import { KRAKOW_DISTRICTS } from './krakow-districts';

describe('ConsultationSeeder', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createConsultationApp();
  });
  afterAll(() => app.close());

  it('leaves a database that has consultations alone', async () => {
    const admin = await signedInAs(app, Role.Admin);
    await admin.post('/api/admin/consultations', aConsultation()).expect(201);
    expect(await app.get(ConsultationSeeder).seedKrakowConsultation()).toBeNull();
  });

  it('creates the open Kraków mission consultation with its districts and document', async () => {
    const now = new Date();
    // The emptiness check is covered above; other specs share this run's database.
    await app.get(ConsultationSeeder).createKrakowConsultation(now);

    const response = await (await anonymous(app)).get(`/api/consultations/${DEMO_CONSULTATION_SLUG}`).expect(200);
    expect(response.body).toMatchObject({
      slug: 'misja-krakowa',
      title: 'Misja Samorządu Miasta Krakowa — projekt do konsultacji',
      summary: expect.stringContaining('Krakowa'),
      status: ConsultationStatus.Open,
      moderationMode: ModerationMode.Post,
      areas: KRAKOW_DISTRICTS,
    });
    expect(response.body.areas).toHaveLength(18);
    expect(new Date(response.body.closesAt).getTime() - now.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect(response.body.document).toMatchObject({ number: 1, title: 'Misja Samorządu Miasta Krakowa — projekt do konsultacji' });
    expect(response.body.document.sections).toHaveLength(5);
    expect(response.body.document.sections[4].paragraphs).toHaveLength(11);
  });
});
