import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A grey placeholder shaped like content that is still loading (hidden from screen readers). */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="skeleton" aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200", className)} {...props} />;
}
