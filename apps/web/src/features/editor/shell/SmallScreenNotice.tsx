import Link from "next/link";

/** What the editor says on a phone: plainly, that it needs a larger screen, and where to go instead. */
export function SmallScreenNotice({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <section className="mx-auto flex h-full max-w-md flex-col justify-center gap-3 px-6 py-10 md:hidden" data-testid="editor-small-screen" aria-labelledby="small-screen-title">
      <h1 id="small-screen-title" className="text-lg font-semibold text-slate-900">{title}</h1>
      <p className="text-sm leading-6 text-slate-700">{body}</p>
      <Link href="/flows" className="self-start rounded-md bg-teal-700 px-3 py-2 text-sm font-medium text-white hover:bg-teal-800">{back}</Link>
    </section>
  );
}
