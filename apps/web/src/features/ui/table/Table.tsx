import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A data table in a scrolling, bordered box. */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div data-slot="table-container" className="relative w-full overflow-x-auto rounded-xl border border-border bg-card shadow-sm">
      <table data-slot="table" className={cn("w-full caption-bottom text-left text-sm", className)} {...props} />
    </div>
  );
}
