import type { ComponentProps } from "react";
import { cn } from "../cn";
import { badgeVariants, type BadgeVariantProps } from "./badgeVariants";

/** A small status pill ("Draft", "Published", "Unheard"); `dot` adds a coloured dot before the text. */
export function Badge({ className, tone, dot = false, children, ...props }: ComponentProps<"span"> & BadgeVariantProps & { dot?: boolean }) {
  return (
    <span data-slot="badge" className={cn(badgeVariants({ tone }), className)} {...props}>
      {dot && <span aria-hidden="true" className="size-1.5 rounded-full bg-current opacity-70" />}
      {children}
    </span>
  );
}
