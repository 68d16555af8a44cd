"use client";

import { Dialog as DialogPrimitive } from "radix-ui";

/** A modal dialog (Radix Dialog): focus is trapped inside, Escape closes it. */
export const Dialog = DialogPrimitive.Root;
