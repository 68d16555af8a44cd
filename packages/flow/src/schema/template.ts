import { z } from "zod";

/** Text with `{{var}}` placeholders (spaces inside the braces allowed). Kept loose: the
 * editor saves half-typed text, and validation reports what matters (unset variables). */
export const templateSchema = z.string().max(2000);
export type Template = z.infer<typeof templateSchema>;

const placeholderPattern = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Lists the variable names a template reads, in order of first appearance. */
export function readTemplateVariables(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(placeholderPattern)) {
    if (match[1] !== undefined) names.add(match[1]);
  }
  return [...names];
}
