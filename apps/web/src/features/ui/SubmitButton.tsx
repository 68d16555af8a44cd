"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./buttonClass";

/** A submit button that says what is happening while its form is being sent. */
export function SubmitButton({
  label, pendingLabel, look = "primary", className = "", testId,
}: { label: string; pendingLabel: string; look?: keyof typeof buttonClass; className?: string; testId?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} data-testid={testId} className={`${buttonClass[look]} ${className}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}
