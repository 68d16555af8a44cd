import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import { cn } from "../cn";

type EmptyStateProps = {
  icon?: LucideIcon;
  title: string;
  /** What this list is for and what to do next, in a sentence. */
  description: string;
  /** The next step: usually one primary Button (or a link styled as one). */
  action?: ReactNode;
  className?: string;
  testId?: string;
};

/** What a list shows while it is empty: what it is for, and the one thing to do next. */
export function EmptyState({ icon: Icon, title, description, action, className, testId }: EmptyStateProps) {
  return (
    <section data-testid={testId} aria-label={title} className={cn("rounded-xl border border-dashed border-slate-300 bg-white px-8 py-14 text-center", className)}>
      {Icon && (
        <div aria-hidden="true" className="mx-auto grid size-12 place-items-center rounded-full bg-teal-50 text-teal-700">
          <Icon className="size-6" strokeWidth={1.8} />
        </div>
      )}
      <h2 className="mt-4 text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm leading-6 text-slate-600">{description}</p>
      {action && <div className="mt-6 flex justify-center gap-3">{action}</div>}
    </section>
  );
}
