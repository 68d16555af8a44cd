const base = "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50";

/** Button looks used across the editor (the app's buttons are a size too large for a toolbar). */
export const editorButton = {
  primary: `${base} bg-teal-700 text-white shadow-sm hover:bg-teal-800`,
  secondary: `${base} border border-slate-300 bg-white text-slate-800 shadow-xs hover:bg-slate-50`,
  ghost: `${base} text-slate-700 hover:bg-slate-100`,
  danger: `${base} bg-red-700 text-white shadow-sm hover:bg-red-800`,
} as const;
