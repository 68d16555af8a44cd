import type { ReactNode } from "react";

const tones = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
} as const;

/** A message about the whole form, announced by screen readers (tests find it by test id). */
export function FormMessage({ tone, testId, children }: { tone: keyof typeof tones; testId: string; children: ReactNode }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} data-testid={testId} className={`rounded-md border px-3 py-2 text-sm ${tones[tone]}`}>
      {children}
    </p>
  );
}
