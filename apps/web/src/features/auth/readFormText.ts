/** A text field from a form post; a missing field reads as empty. */
export function readFormText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
