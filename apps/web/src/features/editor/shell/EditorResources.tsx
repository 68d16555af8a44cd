"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The tenant's things a flow can point at, loaded by the page through the tenant scope. */
export type EditorResources = {
  prompts: { id: string; name: string; language: string; ttsText: string | null }[];
  extensions: { number: string; name: string }[];
  /** The tenant's queues: flows store the id, people see the name. */
  queues: { id: string; name: string }[];
  flows: { id: string; name: string }[];
  /** The company's time zone (hours steps without their own zone, a test call "as if" at a time). */
  timezone: string;
};

const emptyResources: EditorResources = { prompts: [], extensions: [], queues: [], flows: [], timezone: "Europe/Warsaw" };
const ResourcesContext = createContext<EditorResources>(emptyResources);

export function EditorResourcesProvider({ value, children }: { value: EditorResources; children: ReactNode }) {
  return <ResourcesContext.Provider value={value}>{children}</ResourcesContext.Provider>;
}

/** Prompts, extensions, queues and flows of the signed-in tenant. */
export function useEditorResources(): EditorResources {
  return useContext(ResourcesContext);
}
