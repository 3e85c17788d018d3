// Creates an admin account, or promotes an existing one to admin (e-mail marked verified): npm run admin:create -- --email a@b.pl [--name "Jan Kowalski"] [--password ...]
import { ConfigModule, ConfigValidationError, DatabaseModule, DomainException } from '@consulta/api/core';
import { AdminAccounts, IdentityModule } from '@consulta/api/identity';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: npm run admin:create -- --email <address> [--name "<display name>"] [--password <password>]';

/** The same configuration and database as the API (DATABASE_URL, or the embedded one in DATA_DIR). */
@Module({ imports: [ConfigModule, DatabaseModule, IdentityModule] })
class CreateAdminModule {}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help || !values.email) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  const app = await NestFactory.createApplicationContext(CreateAdminModule, { logger: ['error', 'warn'] });
  try {
    const result = await app
      .get(AdminAccounts)
      .createOrPromote({ email: values.email, displayName: values.name, password: values.password });
    console.log(`${result.created ? 'Created' : 'Promoted'} admin ${result.user.email} (${result.user.displayName}).`);
    if (result.generatedPassword) {
      console.log(`Password (shown only now, store it safely): ${result.generatedPassword}`);
    } else if (!values.password) {
      console.log('The existing password is unchanged.');
    }
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DomainException || error instanceof ConfigValidationError) {
      console.error(error.message);
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n${USAGE}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
