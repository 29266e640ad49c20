/** The placeholders normalizers write: `{{name:n}}`, and `{{name}}` in match keys. */
export const PLACEHOLDER = /\{\{([A-Za-z][\w.-]*):(\d+)\}\}/g;

const WHOLE_PLACEHOLDER = /^\{\{([A-Za-z][\w.-]*):(\d+)\}\}$/;

export function placeholder(name: string, n: number): string {
  return `{{${name}:${n}}}`;
}

/** The name and number of a string that is exactly one placeholder. */
export function parsePlaceholder(text: string): { readonly name: string; readonly n: number } | undefined {
  if (!text.startsWith('{{')) return undefined;
  const parts = WHOLE_PLACEHOLDER.exec(text);
  return parts === null ? undefined : { name: parts[1] ?? '', n: Number(parts[2]) };
}
