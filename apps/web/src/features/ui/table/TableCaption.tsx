import type { ComponentProps } from "react";
import { cn } from "../cn";

/** What the table lists (read first by screen readers). */
export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption data-slot="table-caption" className={cn("mt-3 text-sm text-muted-foreground", className)} {...props} />;
}
