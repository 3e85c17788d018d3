import { ApiErrors, CurrentUser, MUTATION_ERRORS, Roles, type SessionUser } from '@consulta/api/identity';
import { ErrorCode, Role, WordListDto, WordListKey } from '@consulta/shared/contracts';
import { Body, Controller, Get, Param, ParseEnumPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { WordListService } from '../services/word-list.service';
import { UpdateWordListBody } from './requests';
import { WordListResponse } from './responses';

/** The city-wide profanity word lists (Polish, English, allow-list), for admins. */
@ApiTags('moderation')
@Controller('admin/word-lists')
export class WordListsController {
  constructor(private readonly wordLists: WordListService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'The three word lists as editable text (the shipped list while never edited)' })
  @ApiOkResponse({ type: [WordListResponse] })
  @ApiErrors(ErrorCode.Forbidden)
  list(@CurrentUser() actor: SessionUser): Promise<WordListDto[]> {
    return this.wordLists.list(actor);
  }

  @Put(':key')
  @Roles(Role.Admin)
  @ApiParam({ name: 'key', enum: WordListKey, enumName: 'WordListKey' })
  @ApiOperation({ summary: 'Replace one list (one entry per line; audited); new submissions are screened with it at once' })
  @ApiOkResponse({ type: WordListResponse })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Forbidden, ErrorCode.WordListInvalid)
  update(
    @Param('key', new ParseEnumPipe(WordListKey)) key: WordListKey,
    @Body() body: UpdateWordListBody,
    @CurrentUser() actor: SessionUser,
  ): Promise<WordListDto> {
    return this.wordLists.update(key, body, actor);
  }
}
