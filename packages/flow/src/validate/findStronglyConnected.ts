/**
 * Tarjan's strongly connected components, iterative so a long chain of nodes cannot overflow
 * the call stack. Returns components in discovery order, members in the order they were closed.
 */
export function findStronglyConnected(ids: readonly string[], listNext: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const open = (id: string, work: { id: string; next: readonly string[]; position: number }[]) => {
    index.set(id, counter);
    low.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    work.push({ id, next: listNext(id), position: 0 });
  };

  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: readonly string[]; position: number }[] = [];
    open(root, work);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.position < frame.next.length) {
        const next = frame.next[frame.position] as string;
        frame.position += 1;
        if (!index.has(next)) open(next, work);
        else if (onStack.has(next)) low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(next) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      components.push(component);
    }
  }
  return components;
}
