"use client";

import { Select as SelectPrimitive } from "radix-ui";

/** A list of choices that opens as a menu (Radix Select): keyboard and screen-reader friendly. */
export const Select = SelectPrimitive.Root;
