"use client";

import { Select as SelectPrimitive } from "radix-ui";

/** A group of options under a SelectLabel. */
export const SelectGroup = SelectPrimitive.Group;
