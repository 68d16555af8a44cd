import type { ComponentProps } from "react";
import { cn } from "../cn";

/** One cell. */
export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td data-slot="table-cell" className={cn("px-5 py-3.5 align-middle", className)} {...props} />;
}
