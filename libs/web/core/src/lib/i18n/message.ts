/**
 * A dictionary entry: plain text, or one text per plural category
 * (Polish uses one / few / many; English one / other). `{name}` placeholders are
 * replaced with parameters; plural entries choose their form by the `count` parameter.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function interpolate(text: string, params: MessageParams | undefined): string {
  if (!params) {
    return text;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function selectPluralForm(message: PluralMessage, rules: Intl.PluralRules, count: number): string {
  return message[rules.select(count)] ?? message.other;
}
