/** The editor's outline while it loads: toolbar, steps list, canvas and side panel, in grey. */
export function EditorSkeleton({ label }: { label: string }) {
  const bar = "animate-pulse rounded-md bg-slate-200";
  return (
    <div className="flex h-full flex-col bg-white" aria-busy="true" data-testid="editor-skeleton">
      <p className="sr-only" role="status">{label}</p>
      <div className="flex h-14 shrink-0 items-center gap-3 border-b border-slate-200 px-4">
        <span className={`${bar} h-5 w-48`} />
        <span className={`${bar} h-5 w-28 rounded-full`} />
        <span className="ml-auto flex gap-2">{[64, 64, 80, 72, 88].map((width, index) => <span key={index} className={`${bar} h-8`} style={{ width }} />)}</span>
      </div>
      <div className="flex min-h-0 flex-1">
        <div className="hidden w-64 shrink-0 space-y-3 border-r border-slate-200 bg-slate-50 p-4 md:block">
          {Array.from({ length: 8 }, (_, index) => <span key={index} className={`${bar} block h-10`} />)}
        </div>
        <div className="flex-1 bg-slate-50" />
        <div className="hidden w-84 shrink-0 space-y-3 border-l border-slate-200 p-4 md:block">
          {Array.from({ length: 4 }, (_, index) => <span key={index} className={`${bar} block h-6`} />)}
        </div>
      </div>
    </div>
  );
}
