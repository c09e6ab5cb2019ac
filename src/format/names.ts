/** The output formats, apart from the formatters so that the CLI can list them without loading them. */
export type FormatName = 'text' | 'json' | 'github' | 'junit' | 'sarif';

/** Every output format, the default ('text') first. */
export const FORMATS: readonly FormatName[] = ['text', 'json', 'github', 'junit', 'sarif'];

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}
