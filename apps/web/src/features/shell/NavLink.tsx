"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "../ui/cn";
import { focusRing } from "../ui/focusRing";

/** A navigation link that marks itself as the current page for the whole section it leads to. */
export function NavLink({ href, label, icon, testId, compact = false }: { href: string; label: string; icon?: ReactNode; testId?: string; compact?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      data-testid={testId}
      title={compact ? label : undefined}
      className={cn(
        "flex items-center gap-2.5 rounded-md text-sm font-medium transition-colors [&_svg]:size-4 [&_svg]:shrink-0",
        compact ? "px-2.5 py-1.5 2xl:px-3" : "px-3 py-2",
        current ? "bg-teal-50 text-teal-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        focusRing,
      )}
    >
      {icon}
      {/* The editor's one-row header shows icons only below very wide screens; the name stays for screen readers and as a tooltip. */}
      {compact ? <span className="sr-only 2xl:not-sr-only">{label}</span> : label}
    </Link>
  );
}
