import { AbstractControl, ValidationErrors } from '@angular/forms';
import { AreaDto } from '@consulta/shared/contracts';

export type AreasParseResult = { areas: AreaDto[]; invalidLine: null } | { areas: null; invalidLine: number };

/** Parses the admin textarea: one "key | name" per line, blank lines ignored. */
export function parseAreas(text: string): AreasParseResult {
  const areas: AreaDto[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      continue;
    }
    const separator = line.indexOf('|');
    const key = separator < 0 ? '' : line.slice(0, separator).trim();
    const name = separator < 0 ? '' : line.slice(separator + 1).trim();
    if (!key || !name) {
      return { areas: null, invalidLine: index + 1 };
    }
    areas.push({ key, name });
  }
  return { areas, invalidLine: null };
}

export function formatAreas(areas: readonly AreaDto[]): string {
  return areas.map((area) => `${area.key} | ${area.name}`).join('\n');
}

/** Form validator: `{ areas: <line number> }` for the first malformed line. */
export function areasValidator(control: AbstractControl<string>): ValidationErrors | null {
  const result = parseAreas(control.value ?? '');
  return result.invalidLine === null ? null : { areas: result.invalidLine };
}
