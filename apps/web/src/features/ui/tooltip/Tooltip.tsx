"use client";

import { Tooltip as TooltipPrimitive } from "radix-ui";

/** A short hint shown on hover and keyboard focus (Radix Tooltip). Never the only place for needed text. */
export const Tooltip = TooltipPrimitive.Root;
