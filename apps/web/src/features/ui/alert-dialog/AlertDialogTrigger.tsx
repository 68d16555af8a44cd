"use client";

import { AlertDialog as AlertDialogPrimitive } from "radix-ui";

/** The control that opens the alert dialog (use asChild with a Button). */
export const AlertDialogTrigger = AlertDialogPrimitive.Trigger;
