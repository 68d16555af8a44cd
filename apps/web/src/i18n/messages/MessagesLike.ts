/** The shape of a message tree with every text a string: the Polish files must match the English ones. */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };
