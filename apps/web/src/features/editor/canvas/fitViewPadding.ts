import type { FitViewOptions } from "@xyflow/react";

/**
 * Padding for "show the whole flow": the bottom keeps clear of the minimap (150 px tall, 15 px
 * from the edge, bottom right) and of the notices above it, so no step is drawn under them.
 */
export const fitViewPadding: NonNullable<FitViewOptions["padding"]> = { top: "32px", left: "32px", right: "32px", bottom: "190px" };
