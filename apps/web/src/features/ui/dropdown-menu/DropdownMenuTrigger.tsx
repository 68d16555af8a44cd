"use client";

import { DropdownMenu as DropdownMenuPrimitive } from "radix-ui";

/** The button that opens the menu (use asChild with a Button that has an accessible name). */
export const DropdownMenuTrigger = DropdownMenuPrimitive.Trigger;
