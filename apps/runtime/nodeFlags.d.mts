export declare const RUNTIME_NODE_FLAGS: string[];
