import { ErrorCode, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createIdentityApp, newClient, registerUser, strongPassword, uniqueEmail } from '../../testing/identity-test-kit';
import { PasswordHasher } from '../passwords/password-hasher';
import { UserRepository } from '../users/user.repository';
import { AdminAccounts } from './admin-accounts';
import { IdentitySeeder } from './identity-seeder';

describe('seeding and admin accounts', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp();
  });
  afterAll(() => app.close());

  describe('IdentitySeeder.seedDemoAccounts', () => {
    it('does nothing when there are users', async () => {
      await registerUser(app);
      expect(await app.get(IdentitySeeder).seedDemoAccounts()).toEqual([]);
    });

    it('creates a verified admin, moderator and two residents on an empty table, with working random passwords', async () => {
      const dataSource = app.get(DataSource);
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        // An empty users table only inside this transaction; rolled back below.
        await runner.query('TRUNCATE users CASCADE');
        const accounts = await app.get(IdentitySeeder).seedDemoAccounts(runner.manager);
        expect(accounts.map((account) => account.role)).toEqual([Role.Admin, Role.Moderator, Role.Resident, Role.Resident]);
        expect(new Set(accounts.map((account) => account.password)).size).toBe(4);
        const users = app.get(UserRepository);
        for (const account of accounts) {
          const user = await users.findByEmail(account.email, runner.manager);
          expect(user).toMatchObject({ role: account.role, emailVerifiedAt: expect.any(Date) });
          expect(await app.get(PasswordHasher).verify(user?.passwordHash ?? '', account.password)).toBe(true);
        }
        expect(await app.get(IdentitySeeder).seedDemoAccounts(runner.manager)).toEqual([]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  describe('AdminAccounts.createOrPromote', () => {
    it('creates a verified admin with a generated password that signs in', async () => {
      const email = uniqueEmail('admin');
      const result = await app.get(AdminAccounts).createOrPromote({ email: ` ${email.toUpperCase()} `, displayName: 'Jan Kowalski' });
      expect(result).toMatchObject({ created: true, user: { email, role: Role.Admin, emailVerified: true, displayName: 'Jan Kowalski' } });
      expect(result.generatedPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
      const login = await (await newClient(app)).post('/api/auth/login', { email, password: result.generatedPassword }).expect(200);
      expect(login.body.user.role).toBe(Role.Admin);
    });

    it('promotes an existing resident, keeping their password unless one is given', async () => {
      const { email, password, client } = await registerUser(app);
      const promoted = await app.get(AdminAccounts).createOrPromote({ email });
      expect(promoted).toMatchObject({
        created: false,
        generatedPassword: null,
        user: { role: Role.Admin, emailVerified: true, displayName: 'Anna Nowak' },
      });
      await (await newClient(app)).post('/api/auth/login', { email, password }).expect(200);

      const newPassword = strongPassword();
      await app.get(AdminAccounts).createOrPromote({ email, password: newPassword });
      expect((await client.get('/api/auth/session')).body.user).toBeNull();
      await (await newClient(app)).post('/api/auth/login', { email, password: newPassword }).expect(200);
    });

    it('refuses a weak password and a malformed address', async () => {
      await expect(app.get(AdminAccounts).createOrPromote({ email: uniqueEmail(), password: 'Mieszkaniec2024' })).rejects.toMatchObject({
        code: ErrorCode.PasswordTooWeak,
      });
      await expect(app.get(AdminAccounts).createOrPromote({ email: 'admin@' })).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    });
  });
});
