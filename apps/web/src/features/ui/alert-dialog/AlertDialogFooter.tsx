import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The row of buttons at the bottom of a alert dialog; the main action comes last. */
export function AlertDialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="alert-dialog-footer" className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
