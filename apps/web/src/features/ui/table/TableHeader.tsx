import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The table's header rows. */
export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead data-slot="table-header" className={cn("border-b border-border bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-600", className)} {...props} />;
}
