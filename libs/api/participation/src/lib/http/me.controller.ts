import { RetryAfterInterceptor } from '@consulta/api/core';
import { ApiErrors, Authenticated, CurrentUser, MUTATION_ERRORS, SessionCookie, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, MyDataExportDto, MyParticipationDto } from '@consulta/shared/contracts';
import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Res, UseInterceptors } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MyDataService } from '../services/my-data.service';
import { DeleteAccountBody } from './requests';
import { MyDataExportResponse, MyParticipationResponse } from './responses';

@ApiTags('me')
@Controller('me')
@UseInterceptors(RetryAfterInterceptor)
export class MeController {
  constructor(
    private readonly myData: MyDataService,
    private readonly cookie: SessionCookie,
  ) {}

  @Get('participation')
  @Authenticated()
  @ApiOperation({ summary: 'Every comment and reply I wrote, in every state, with the city’s official replies and (later) decisions' })
  @ApiOkResponse({ type: MyParticipationResponse })
  @ApiErrors(ErrorCode.Unauthenticated)
  participation(@CurrentUser() actor: SessionUser): Promise<MyParticipationDto> {
    return this.myData.participation(actor);
  }

  @Get('data')
  @Authenticated()
  @Header('Content-Disposition', 'attachment; filename="consulta-my-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download everything stored about me (GDPR): account, comments, replies, agreements' })
  @ApiOkResponse({ type: MyDataExportResponse, description: 'JSON, sent as an attachment.' })
  @ApiErrors(ErrorCode.Unauthenticated)
  export(@CurrentUser() actor: SessionUser): Promise<MyDataExportDto> {
    return this.myData.export(actor);
  }

  @Delete()
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete my account (password checked again); my comments are anonymised or deleted as chosen; every session ends',
  })
  @ApiNoContentResponse({ description: 'The account is gone and the session cookie cleared.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Unauthenticated, ErrorCode.WrongPassword, ErrorCode.RateLimited)
  async deleteAccount(
    @CurrentUser() actor: SessionUser,
    @Body() body: DeleteAccountBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.myData.deleteAccount(actor, body);
    this.cookie.clear(response);
  }
}
