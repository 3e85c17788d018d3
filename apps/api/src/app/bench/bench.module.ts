import { loadAppConfig } from '@consulta/api/core';
import { DynamicModule, Module } from '@nestjs/common';
import { BenchController } from './bench.controller';

/**
 * Endpoints for the load benchmark, present only with BENCH_ENDPOINTS=true: with the flag off the
 * module has no controllers, so the routes answer 404 and are absent from OpenAPI.
 */
@Module({})
export class BenchModule {
  static register(): DynamicModule {
    return { module: BenchModule, controllers: benchEndpointsEnabled() ? [BenchController] : [] };
  }
}

function benchEndpointsEnabled(): boolean {
  try {
    return loadAppConfig().BENCH_ENDPOINTS;
  } catch {
    // An invalid environment is reported, with the variable's name, when ConfigModule loads it at boot.
    return false;
  }
}
