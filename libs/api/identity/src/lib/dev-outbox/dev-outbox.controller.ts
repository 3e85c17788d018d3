import { ErrorCode, OutboxMessageDto } from '@consulta/shared/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access.decorators';
import { OutboxMessageResponse } from '../auth/dto/responses';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { DevOutboxService } from './dev-outbox.service';

/** Development only (DEV_OUTBOX): mail that would have been sent. 404 everywhere when disabled. */
@ApiTags('dev')
@Controller('dev/outbox')
@Public()
export class DevOutboxController {
  constructor(private readonly outbox: DevOutboxService) {}

  @Get()
  @ApiOperation({ summary: 'Kept mail, newest first (at most 100)' })
  @ApiQuery({ name: 'to', required: false, description: 'Only mail to this address.' })
  @ApiOkResponse({ type: [OutboxMessageResponse] })
  @ApiErrors(ErrorCode.NotFound)
  list(@Query('to') to?: string): Promise<OutboxMessageDto[]> {
    return this.outbox.list(typeof to === 'string' ? to : undefined);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One kept mail with the links found in it' })
  @ApiOkResponse({ type: OutboxMessageResponse })
  @ApiErrors(ErrorCode.NotFound)
  get(@Param('id') id: string): Promise<OutboxMessageDto> {
    return this.outbox.get(id);
  }
}
