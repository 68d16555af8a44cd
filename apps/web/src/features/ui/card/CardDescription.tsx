import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A line under the card's title. */
export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p data-slot="card-description" className={cn("text-sm leading-6 text-muted-foreground", className)} {...props} />;
}
