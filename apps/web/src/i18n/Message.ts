import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages/messagesByLocale";

/** Any message key ("signin.invalid", "editor.toolbar.undo"). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A message to show later (e.g. returned by a server action); the component translates it with `t(key, params)`. */
export type Message = { key: MessageKey; params?: Record<string, string | number> };
