"use client";

import type { ComponentProps } from "react";
import { DropdownMenu as DropdownMenuPrimitive } from "radix-ui";

/**
 * A menu of actions that opens from a button (Radix DropdownMenu): arrow keys move, typing jumps,
 * Escape closes. Not modal by default: a modal menu hides the rest of the page from screen readers
 * while it stays focusable, which axe reports as a serious problem.
 */
export function DropdownMenu({ modal = false, ...props }: ComponentProps<typeof DropdownMenuPrimitive.Root>) {
  return <DropdownMenuPrimitive.Root modal={modal} {...props} />;
}
