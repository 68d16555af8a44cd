import type { ReactNode } from "react";
import { cn } from "../cn";

type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right (the page's main action). */
  actions?: ReactNode;
  /** A link back, or breadcrumbs, above the title. */
  back?: ReactNode;
  className?: string;
};

/** A page's h1 with its one-line purpose and main actions. */
export function PageHeader({ title, description, actions, back, className }: PageHeaderProps) {
  return (
    <header className={cn("flex flex-wrap items-end justify-between gap-4", className)}>
      <div className="min-w-0">
        {back && <div className="mb-3 flex flex-wrap gap-4 text-sm">{back}</div>}
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="page-title">{title}</h1>
        {description && <p className="mt-1 text-sm leading-6 text-slate-600">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}
