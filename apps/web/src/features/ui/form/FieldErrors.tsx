/** A field's error messages, under it; `id` goes into the field's aria-describedby. */
export function FieldErrors({ id, name, errors }: { id?: string; name: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} data-testid={`error-${name}`} className="space-y-0.5 text-sm text-red-700">
      {errors.map((error) => (
        <li key={error} className="flex gap-1.5">
          <span aria-hidden="true">•</span>
          <span>{error}</span>
        </li>
      ))}
    </ul>
  );
}
