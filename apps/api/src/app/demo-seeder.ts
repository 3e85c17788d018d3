import { AppConfig } from '@consulta/api/core';
import { ConsultationSeeder } from '@consulta/api/consultation';
import { IdentitySeeder } from '@consulta/api/identity';
import { ThemeSeeder } from '@consulta/api/themes';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

/**
 * SEED_DEMO (default with the embedded database): an empty database gets the Kraków consultation (with its
 * themes) and four demo accounts, whose random passwords are printed once here and never again.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly config: AppConfig,
    private readonly identity: IdentitySeeder,
    private readonly consultations: ConsultationSeeder,
    private readonly themes: ThemeSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const slug = await this.consultations.seedKrakowConsultation();
    // The draft's key elements as the demo consultation's themes (only while it has none).
    await this.themes.seedKrakowThemes();
    const accounts = await this.identity.seedDemoAccounts();
    if (slug) this.logger.log(`Demo consultation: ${this.config.publicUrl}/k/${slug}`);
    if (accounts.length === 0) return;
    const width = Math.max(...accounts.map((account) => account.email.length));
    const rows = accounts.map((account) => `  ${account.role.padEnd(9)}  ${account.email.padEnd(width)}  ${account.password}`);
    // Plain console output on purpose: this is the only time the passwords exist in clear text.
    console.log(
      [
        '',
        'Demo accounts (shown once; only password hashes are stored):',
        '  role       e-mail' + ' '.repeat(width - 4) + 'password',
        ...rows,
        '',
      ].join('\n'),
    );
  }
}
