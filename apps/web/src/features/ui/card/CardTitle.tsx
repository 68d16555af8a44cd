import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A card's heading (an h2; pass `as` another level where the outline needs it). */
export function CardTitle({ className, as: Heading = "h2", ...props }: ComponentProps<"h2"> & { as?: "h2" | "h3" | "h4" }) {
  return <Heading data-slot="card-title" className={cn("text-base font-semibold leading-tight text-slate-900", className)} {...props} />;
}
