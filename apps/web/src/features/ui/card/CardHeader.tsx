import type { ComponentProps } from "react";
import { cn } from "../cn";

/** The top of a card: its title, description and maybe an action. */
export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-header" className={cn("flex flex-col gap-1 p-6 pb-0", className)} {...props} />;
}
