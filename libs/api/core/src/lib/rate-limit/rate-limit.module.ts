import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitCounterEntity } from './rate-limit-counter.entity';
import { RateLimitService } from './rate-limit.service';
import { RetryAfterInterceptor } from './retry-after.interceptor';

/** Rate limits shared by every API process (counters in PostgreSQL). */
@Module({
  imports: [TypeOrmModule.forFeature([RateLimitCounterEntity])],
  providers: [RateLimitService, RetryAfterInterceptor],
  exports: [RateLimitService, RetryAfterInterceptor],
})
export class RateLimitModule {}
