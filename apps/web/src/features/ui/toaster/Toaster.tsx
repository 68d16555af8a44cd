"use client";

import type { CSSProperties } from "react";
import { Toaster as Sonner } from "sonner";

/**
 * Shows toasts from `toast.success(...)` / `toast.error(...)` (import { toast } from "sonner").
 * The root layout renders it once. Toasts are announced politely; errors stay until closed.
 */
export function Toaster({ label }: { label: string }) {
  return (
    <Sonner
      position="bottom-right"
      closeButton
      richColors
      containerAriaLabel={label}
      // Sonner's light rich colours are just under 4.5:1 for small text; these darker ones pass WCAG AA.
      style={{ "--success-text": "hsl(140, 100%, 20%)", "--error-text": "hsl(360, 100%, 35%)", "--info-text": "hsl(210, 92%, 32%)", "--warning-text": "hsl(31, 92%, 28%)" } as CSSProperties}
      toastOptions={{ classNames: { toast: "font-sans text-sm", closeButton: "focus-visible:ring-2 focus-visible:ring-ring" } }}
    />
  );
}
