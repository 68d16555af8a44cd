import type { ReactNode } from "react";

/** The white card that holds the sign-in and sign-up forms. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <section aria-labelledby="auth-title" className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 id="auth-title" className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-1.5 mb-7 text-sm text-slate-600">{subtitle}</p>
      {children}
    </section>
  );
}
