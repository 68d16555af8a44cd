import type { NodeKind } from "@centrala/flow";

/** Colour of each kind's icon tile, grouped by what the step does for the caller. */
export const kindAccents = {
  start: "bg-teal-700 text-white",
  play: "bg-sky-100 text-sky-800",
  menu: "bg-indigo-100 text-indigo-800",
  collect: "bg-indigo-100 text-indigo-800",
  hours: "bg-amber-100 text-amber-800",
  condition: "bg-amber-100 text-amber-800",
  queue: "bg-emerald-100 text-emerald-800",
  ringGroup: "bg-emerald-100 text-emerald-800",
  transfer: "bg-emerald-100 text-emerald-800",
  conference: "bg-emerald-100 text-emerald-800",
  record: "bg-rose-100 text-rose-800",
  voicemail: "bg-rose-100 text-rose-800",
  http: "bg-slate-200 text-slate-700",
  setVariable: "bg-slate-200 text-slate-700",
  gotoFlow: "bg-slate-200 text-slate-700",
  hangup: "bg-slate-700 text-white",
} satisfies Record<NodeKind, string>;
