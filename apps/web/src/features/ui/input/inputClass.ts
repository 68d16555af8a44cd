/** The look of text inputs, textareas and select triggers, with error colours driven by aria-invalid. */
export const inputClass =
  "block w-full min-w-0 rounded-md border border-input bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 outline-none transition-colors focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:bg-slate-50 disabled:opacity-70 aria-invalid:border-red-600 aria-invalid:focus-visible:ring-red-600/40";
