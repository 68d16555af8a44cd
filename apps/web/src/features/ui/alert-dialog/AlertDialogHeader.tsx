import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The title and description at the top of a alert dialog. */
export function AlertDialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="alert-dialog-header" className={cn("flex flex-col gap-1.5 pr-6 text-left", className)} {...props} />;
}
