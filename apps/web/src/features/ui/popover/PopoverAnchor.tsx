"use client";

import { Popover as PopoverPrimitive } from "radix-ui";

/** Positions the popover against something other than its trigger. */
export const PopoverAnchor = PopoverPrimitive.Anchor;
