"use client";

import { AlertDialog as AlertDialogPrimitive } from "radix-ui";

/** A confirmation that must be answered before anything is destroyed (Radix AlertDialog): focus starts on Cancel. */
export const AlertDialog = AlertDialogPrimitive.Root;
