import { Public } from '@consulta/api/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const DEFAULT_BYTES = 10_000;
const MAX_BYTES = 1_000_000;
/** Distinct sizes kept; a benchmark asks for one or two. */
const MAX_CACHED_SIZES = 8;

export class FixedJsonQuery {
  @ApiPropertyOptional({
    minimum: 64,
    maximum: MAX_BYTES,
    default: DEFAULT_BYTES,
    description: 'Approximate size of the JSON body in bytes.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(64)
  @Max(MAX_BYTES)
  bytes?: number;
}

class FixedJsonItem {
  @ApiProperty() id!: number;
  @ApiProperty() text!: string;
}

export class FixedJsonResponse {
  @ApiProperty({ type: [FixedJsonItem] }) items!: FixedJsonItem[];
  @ApiProperty() total!: number;
}

/**
 * The load benchmark's baseline (tools/bench/comments-read.sh): a constant body of the requested size
 * that still goes through the whole request pipeline (middleware, guards, serialization) but not the database.
 */
@ApiTags('bench')
@Public()
@Controller('bench')
export class BenchController {
  private readonly bodies = new Map<number, FixedJsonResponse>();

  @Get('fixed')
  @ApiOperation({ summary: 'A fixed JSON body of about `bytes` bytes (only with BENCH_ENDPOINTS=true)' })
  @ApiOkResponse({ type: FixedJsonResponse })
  fixed(@Query() query: FixedJsonQuery): FixedJsonResponse {
    const bytes = query.bytes ?? DEFAULT_BYTES;
    let body = this.bodies.get(bytes);
    if (!body) {
      body = fixedBody(bytes);
      if (this.bodies.size >= MAX_CACHED_SIZES) this.bodies.clear();
      this.bodies.set(bytes, body);
    }
    return body;
  }
}

/** Twenty comment-like items whose serialized form is `bytes` long (give or take a few bytes). */
function fixedBody(bytes: number): FixedJsonResponse {
  const count = 20;
  const empty = JSON.stringify({ items: Array.from({ length: count }, (_, id) => ({ id, text: '' })), total: count });
  const room = Math.max(0, bytes - empty.length);
  const items = Array.from({ length: count }, (_, id) => {
    const length = Math.floor(room / count) + (id < room % count ? 1 : 0);
    return { id, text: 'x'.repeat(length) };
  });
  return { items, total: count };
}
