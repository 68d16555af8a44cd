"use client";

import { Popover as PopoverPrimitive } from "radix-ui";

/** The control that opens the popover (use asChild with a Button). */
export const PopoverTrigger = PopoverPrimitive.Trigger;
