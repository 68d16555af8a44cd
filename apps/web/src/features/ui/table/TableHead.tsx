import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A column heading cell (scope="col" by default). */
export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th data-slot="table-head" scope={scope} className={cn("px-5 py-3 align-middle font-medium whitespace-nowrap", className)} {...props} />;
}
