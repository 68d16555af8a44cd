"use client";

import { DropdownMenu as DropdownMenuPrimitive } from "radix-ui";

/** A menu of actions that opens from a button (Radix DropdownMenu): arrow keys move, typing jumps. */
export const DropdownMenu = DropdownMenuPrimitive.Root;
