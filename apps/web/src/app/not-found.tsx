import { NotFoundMessage } from "@/features/shell/NotFoundMessage";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24">
      <NotFoundMessage />
    </main>
  );
}
