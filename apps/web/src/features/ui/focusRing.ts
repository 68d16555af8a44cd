/** The kit's visible keyboard focus: a 2px ring in the primary colour with a gap. */
export const focusRing = "outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background";
