/** A fresh node or edge id that matches the document's id rule (letters, digits, "-" and "_"). */
export function createElementId(prefix: "n" | "e", taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const id = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}
