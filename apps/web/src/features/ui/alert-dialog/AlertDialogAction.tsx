"use client";

import type { ComponentProps } from "react";
import { AlertDialog as AlertDialogPrimitive } from "radix-ui";
import { cn } from "../cn";
import { buttonVariants, type ButtonVariantProps } from "../button/buttonVariants";

/** The confirming button; destructive by default, since that is what alert dialogs are for. */
export function AlertDialogAction({ className, variant = "destructive", ...props }: ComponentProps<typeof AlertDialogPrimitive.Action> & Pick<ButtonVariantProps, "variant">) {
  return <AlertDialogPrimitive.Action data-slot="alert-dialog-action" className={cn(buttonVariants({ variant }), className)} {...props} />;
}
