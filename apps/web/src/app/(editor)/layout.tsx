import type { ReactNode } from "react";
import { requireMember } from "@/features/auth/requireMember";
import { AppHeader } from "@/features/shell/AppHeader";

/** The signed-in shell for the full-screen editor: the app header, then the canvas fills the rest. */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const session = await requireMember();
  return (
    <div className="flex h-dvh flex-col overflow-hidden">
      <AppHeader session={session} />
      <main id="main" className="min-h-0 flex-1">{children}</main>
    </div>
  );
}
