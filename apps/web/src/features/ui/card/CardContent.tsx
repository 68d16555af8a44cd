import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The body of a card. */
export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-content" className={cn("p-6", className)} {...props} />;
}
