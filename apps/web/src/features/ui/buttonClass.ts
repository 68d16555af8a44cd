const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

/** Class names for the four button looks, shared by <button> and <Link>. */
export const buttonClass = {
  primary: `${base} bg-teal-700 text-white shadow-sm hover:bg-teal-800`,
  secondary: `${base} border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50`,
  danger: `${base} bg-red-700 text-white shadow-sm hover:bg-red-800`,
  /** A destructive action that still needs confirming: quiet until then. */
  dangerOutline: `${base} border border-red-200 bg-white text-red-700 shadow-sm hover:bg-red-50`,
} as const;
