import { HealthDto } from '@consulta/shared/contracts';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DatabaseLocator } from '../database/database-url.provider';
import { Public } from '../http/access-policy';
import { HealthResponse } from './health.response';

const VERSION = process.env['npm_package_version'] ?? '0.1.0';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly locator: DatabaseLocator,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'The API and its database are ready.' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database is not reachable.' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const database = await this.pingDatabase();
    if (database === 'down') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: database === 'up' ? 'ok' : 'unavailable', database, databaseKind: this.locator.kind, version: VERSION };
  }

  private async pingDatabase(): Promise<'up' | 'down'> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
