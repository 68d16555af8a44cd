/** The time zone dates are shown in when no organisation's own is known (signed-out pages). */
export const DEFAULT_TIME_ZONE = "Europe/Warsaw";
