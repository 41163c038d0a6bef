/** The text of a language map in `language`, else English, else its first language. */
export function textIn(map: Readonly<Record<string, string>> | undefined, language: string): string | undefined {
  if (!map) return undefined;
  return map[language] ?? map.en ?? Object.values(map)[0];
}
