import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A white panel with a border (sections of a page). */
export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section data-slot="card" className={cn("rounded-xl border border-border bg-card text-card-foreground shadow-sm", className)} {...props} />;
}
