import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The title and description at the top of a dialog. */
export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="dialog-header" className={cn("flex flex-col gap-1.5 pr-6 text-left", className)} {...props} />;
}
