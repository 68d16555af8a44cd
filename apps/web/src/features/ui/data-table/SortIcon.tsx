import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";

/** The arrow beside a sortable column's heading. */
export function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
  return <Icon aria-hidden="true" className={direction ? "size-3.5 text-slate-900" : "size-3.5 text-slate-500"} />;
}
