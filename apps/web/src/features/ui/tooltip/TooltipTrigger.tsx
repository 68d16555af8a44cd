"use client";

import { Tooltip as TooltipPrimitive } from "radix-ui";

/** The element the tooltip describes (use asChild with a focusable element). */
export const TooltipTrigger = TooltipPrimitive.Trigger;
