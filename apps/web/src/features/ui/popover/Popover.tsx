"use client";

import { Popover as PopoverPrimitive } from "radix-ui";

/** A small panel anchored to a button (Radix Popover), for pickers and short forms. */
export const Popover = PopoverPrimitive.Root;
