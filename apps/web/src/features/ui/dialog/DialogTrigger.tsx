"use client";

import { Dialog as DialogPrimitive } from "radix-ui";

/** The control that opens the dialog (use asChild with a Button). */
export const DialogTrigger = DialogPrimitive.Trigger;
