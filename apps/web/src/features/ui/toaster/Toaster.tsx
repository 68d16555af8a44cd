"use client";

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
      toastOptions={{ classNames: { toast: "font-sans text-sm", closeButton: "focus-visible:ring-2 focus-visible:ring-ring" } }}
    />
  );
}
