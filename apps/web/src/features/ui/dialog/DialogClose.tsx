"use client";

import { Dialog as DialogPrimitive } from "radix-ui";

/** Closes the dialog (use asChild with a Button). */
export const DialogClose = DialogPrimitive.Close;
