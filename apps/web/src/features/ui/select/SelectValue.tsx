"use client";

import { Select as SelectPrimitive } from "radix-ui";

/** The chosen option's text inside a SelectTrigger (or its placeholder). */
export const SelectValue = SelectPrimitive.Value;
