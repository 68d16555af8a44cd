/**
 * The library prompts a flow document (or a compiled IR) plays: every `{ type: "library",
 * promptId }` anywhere in it. Walks the JSON rather than the node kinds, so a new node kind with
 * a prompt field is covered without a change here.
 */
export function listReferencedPromptIds(document: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [document];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (record.type === "library" && typeof record.promptId === "string" && record.promptId !== "") found.add(record.promptId);
      stack.push(...Object.values(record));
    }
  }
  return found;
}
