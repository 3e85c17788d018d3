import { DomainException } from '@consulta/api/core';
import { requireRole, SessionUser } from '@consulta/api/identity';
import { defaultFlagWordListTexts, parseFlagWordList } from '@consulta/api/text-analysis';
import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  Role,
  UpdateWordListRequest,
  WORD_LIST_MAX_LENGTH,
  WordListDto,
  WordListKey,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../repositories/audit.repository';
import { WordListRepository, WordListRow } from '../repositories/word-list.repository';

const KEYS = [WordListKey.Polish, WordListKey.English, WordListKey.Allow];

/** The city-wide profanity word lists: admins read and replace them (audited); screening picks them up (WordListCache). */
@Injectable()
export class WordListService {
  constructor(
    private readonly lists: WordListRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(actor: SessionUser): Promise<WordListDto[]> {
    requireRole(actor, Role.Admin);
    const rows = await this.lists.all();
    return KEYS.map((key) => toWordListDto(key, rows.find((row) => row.key === key) ?? null));
  }

  /** Replaces one list's whole text; refused with the lines at fault (WORD_LIST_INVALID) when any line cannot be used. */
  async update(key: WordListKey, request: UpdateWordListRequest, actor: SessionUser): Promise<WordListDto> {
    requireRole(actor, Role.Admin);
    const text = request.text.replace(/\r\n?/g, '\n');
    if (text.length > WORD_LIST_MAX_LENGTH) {
      throw new DomainException(ErrorCode.WordListInvalid, `A list may be at most ${WORD_LIST_MAX_LENGTH} characters long.`);
    }
    const parsed = parseFlagWordList(text);
    if (parsed.problems.length > 0) {
      throw new DomainException(
        ErrorCode.WordListInvalid,
        `${parsed.problems.length} line(s) cannot be used.`,
        parsed.problems
          .slice(0, 50)
          .map((problem) => ({ field: `text:${problem.line}`, message: `line ${problem.line} “${problem.entry}”: ${problem.message}` })),
      );
    }
    await this.lists.transaction(async (manager) => {
      const before = await this.lists.lock(key, manager);
      await this.lists.save(key, text, { id: actor.id, name: actor.displayName }, manager);
      await this.audit.append(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          action: AuditAction.UpdateWordList,
          targetType: AuditTargetType.WordList,
          targetId: key,
          consultationId: null,
          before: { text: before?.text ?? null, isDefault: before === null },
          after: { text, entries: parsed.entries.length },
        },
        manager,
      );
    });
    const rows = await this.lists.all();
    return toWordListDto(key, rows.find((row) => row.key === key) ?? null);
  }
}

function toWordListDto(key: WordListKey, row: WordListRow | null): WordListDto {
  return {
    key,
    text: row?.text ?? defaultFlagWordListTexts()[key],
    isDefault: row === null,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    updatedByName: row?.updatedByName ?? null,
  };
}
