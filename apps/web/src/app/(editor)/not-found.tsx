import { NotFoundMessage } from "@/features/shell/NotFoundMessage";

/** A missing flow, or another tenant's: the same answer, so ids reveal nothing. */
export default function EditorNotFound() {
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <NotFoundMessage />
    </div>
  );
}
