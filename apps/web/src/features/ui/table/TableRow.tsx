import type { ComponentProps } from "react";
import { cn } from "../cn";

/** One row. */
export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr data-slot="table-row" className={cn("transition-colors hover:bg-slate-50 data-[state=selected]:bg-accent", className)} {...props} />;
}
