import { DEMO_CONSULTATION_SLUG } from '@consulta/api/consultation';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ThemeService } from '../services/theme.service';
import { krakowSeedThemes } from './krakow-themes';

/** SEED_DEMO: the Kraków demo consultation's themes from the draft's key elements (origin seed). */
@Injectable()
export class ThemeSeeder {
  private readonly logger = new Logger('ThemeSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly themes: ThemeService,
  ) {}

  /**
   * Idempotent: seeds only while the demo consultation has no theme at all (so a theme staff deleted is not brought back
   * at the next start). Returns how many themes it created.
   */
  async seedKrakowThemes(): Promise<number> {
    const rows = await this.dataSource.query<{ id: string; themes: number }[]>(
      `SELECT c."id", (SELECT count(*)::int FROM "themes" t WHERE t."consultation_id" = c."id") AS "themes"
       FROM "consultations" c WHERE c."slug" = $1`,
      [DEMO_CONSULTATION_SLUG],
    );
    const consultation = rows[0];
    if (!consultation || consultation.themes > 0) return 0;
    const created = await this.themes.seedAsSystem({ id: consultation.id, slug: DEMO_CONSULTATION_SLUG }, krakowSeedThemes());
    if (created > 0) this.logger.log(`Seeded ${created} themes of "${DEMO_CONSULTATION_SLUG}"`);
    return created;
  }
}
