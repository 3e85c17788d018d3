import { Role } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { generatePassword } from '../passwords/generate-password';
import { PasswordHasher } from '../passwords/password-hasher';
import { UserRepository } from '../users/user.repository';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Shown once; only its hash is stored. */
  password: string;
}

const DEMO_ACCOUNTS: Omit<DemoAccount, 'password'>[] = [
  { email: 'admin@demo.consulta.local', displayName: 'Administrator Demo', role: Role.Admin },
  { email: 'moderator@demo.consulta.local', displayName: 'Ewa Zielińska', role: Role.Moderator },
  { email: 'anna.nowak@demo.consulta.local', displayName: 'Anna Nowak', role: Role.Resident },
  { email: 'jan.kowalski@demo.consulta.local', displayName: 'Jan Kowalski', role: Role.Resident },
];

@Injectable()
export class IdentitySeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * On an empty users table: an admin, a moderator and two residents, verified, with random
   * passwords that are returned (to be printed once). Otherwise does nothing and returns [].
   * Pass `manager` to run inside a transaction of your own.
   */
  async seedDemoAccounts(manager?: EntityManager): Promise<DemoAccount[]> {
    if ((await this.users.count(manager)) > 0) return [];
    const accounts = DEMO_ACCOUNTS.map((account) => ({ ...account, password: generatePassword() }));
    const hashes = await Promise.all(accounts.map((account) => this.hasher.hash(account.password)));
    const insert = async (manager: EntityManager): Promise<boolean> => {
      if ((await this.users.count(manager)) > 0) return false;
      const verifiedAt = new Date();
      for (const [index, account] of accounts.entries()) {
        await this.users.create(
          {
            email: account.email,
            displayName: account.displayName,
            role: account.role,
            passwordHash: hashes[index],
            locale: 'pl',
            emailVerifiedAt: verifiedAt,
          },
          manager,
        );
      }
      return true;
    };
    const created = manager ? await insert(manager) : await this.dataSource.transaction(insert);
    return created ? accounts : [];
  }
}
