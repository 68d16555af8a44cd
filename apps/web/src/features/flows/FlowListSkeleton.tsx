/** The flows list's outline while it loads: title, search and a few rows, in grey. */
export function FlowListSkeleton({ label }: { label: string }) {
  const bar = "animate-pulse rounded-md bg-slate-200";
  return (
    <div className="space-y-8" aria-busy="true" data-testid="flows-skeleton">
      <p className="sr-only" role="status">{label}</p>
      <div className="space-y-2">
        <span className={`${bar} block h-7 w-40`} />
        <span className={`${bar} block h-4 w-72 max-w-full`} />
      </div>
      <span className={`${bar} block h-9 w-full max-w-md`} />
      <div className="space-y-2">{Array.from({ length: 4 }, (_, index) => <span key={index} className={`${bar} block h-14 w-full`} />)}</div>
    </div>
  );
}
