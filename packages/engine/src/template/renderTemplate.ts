const placeholderPattern = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Fills `{{var}}` placeholders; unknown variables read as empty. `encode` escapes values for
 * use inside a URL, so a caller number like `+48…` survives a query string.
 */
export function renderTemplate(template: string, read: (name: string) => string, encode = false): string {
  if (!template.includes("{{")) return template;
  return template.replace(placeholderPattern, (_whole, name: string) => {
    const value = read(name);
    return encode ? encodeURIComponent(value) : value;
  });
}
