"use client";

import { useFormStatus } from "react-dom";
import { LoaderCircle } from "lucide-react";
import { Button } from "../button/Button";
import type { ButtonVariantProps } from "../button/buttonVariants";

/** A submit button that says what is happening while its form is being sent. */
export function SubmitButton({
  label, pendingLabel, variant = "primary", className, testId,
}: { label: string; pendingLabel: string; variant?: ButtonVariantProps["variant"]; className?: string; testId?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} data-testid={testId} className={className}>
      {pending && <LoaderCircle aria-hidden="true" className="animate-spin" />}
      {pending ? pendingLabel : label}
    </Button>
  );
}
