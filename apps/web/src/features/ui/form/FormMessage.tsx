import type { ReactNode } from "react";
import { CircleAlert, CircleCheck } from "lucide-react";
import { cn } from "../cn";

const tones = {
  error: { className: "border-red-200 bg-red-50 text-red-800", Icon: CircleAlert },
  success: { className: "border-emerald-200 bg-emerald-50 text-emerald-800", Icon: CircleCheck },
} as const;

/** A message about the whole form, announced by screen readers (tests find it by test id). */
export function FormMessage({ tone, testId, children, className }: { tone: keyof typeof tones; testId: string; children: ReactNode; className?: string }) {
  const { className: toneClass, Icon } = tones[tone];
  return (
    <p role={tone === "error" ? "alert" : "status"} data-testid={testId} className={cn("flex gap-2 rounded-md border px-3 py-2 text-sm", toneClass, className)}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
