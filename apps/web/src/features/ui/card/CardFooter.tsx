import type { ComponentProps } from "react";
import { cn } from "../cn";

/** Actions at the bottom of a card. */
export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-footer" className={cn("flex items-center gap-3 border-t border-border px-6 py-4", className)} {...props} />;
}
