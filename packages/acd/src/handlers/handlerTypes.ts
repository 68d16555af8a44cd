import type { DispatchContext } from "../dispatch/dispatchContext";
import type { AcdEventOf, AcdEventType } from "../events/acdEvent";

/** Applies one kind of event; returns why the event changed nothing, when it did not. */
export type EventHandler<T extends AcdEventType> = (ctx: DispatchContext, event: AcdEventOf<T>) => string | undefined;
