import { z } from "zod";

/** The keys of a phone keypad, in keypad order. */
export const keypadKeys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#"] as const;

export const keySchema = z.enum(keypadKeys);
/** One keypad key: `0`-`9`, `*` or `#`. */
export type Key = z.infer<typeof keySchema>;
