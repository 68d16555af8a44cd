import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The table's body rows. */
export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody data-slot="table-body" className={cn("divide-y divide-slate-100", className)} {...props} />;
}
