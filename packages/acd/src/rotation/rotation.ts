/**
 * Round-robin memory: the member whose turn it was last. Plain JSON; store it per queue or per
 * ring group. The position is kept beside the id so the turn passes on to the right place even
 * after that member has left the list.
 */
export type Rotation = { id: string; position: number } | null;

export type RotationMember = { id: string; position: number };

/** Members in turn order: the one after the last turn first, wrapping round (by position, then id). */
export function orderByRotation<T extends RotationMember>(members: readonly T[], rotation: Rotation): T[] {
  const sorted = [...members].sort(compareMembers);
  if (rotation === null) return sorted;
  const last = sorted.findIndex((member) => member.id === rotation.id);
  const next = last >= 0 ? last + 1 : sorted.findIndex((member) => compareMembers(member, rotation) > 0);
  if (next <= 0 || next >= sorted.length) return sorted;
  return [...sorted.slice(next), ...sorted.slice(0, next)];
}

/** The rotation after `member` has had its turn. */
export function advanceRotation(member: RotationMember): Rotation {
  return { id: member.id, position: member.position };
}

/**
 * The same for a plain list such as a ring group's extensions (position = index in the list):
 * returns the list in turn order.
 */
export function listRotationOrder(ids: readonly string[], rotation: Rotation): string[] {
  const unique = [...new Set(ids)];
  return orderByRotation(unique.map((id, position) => ({ id, position })), rotation).map((member) => member.id);
}

function compareMembers(a: RotationMember, b: RotationMember): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
