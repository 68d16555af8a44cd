import { describe, expect, it } from "vitest";
import { advanceRotation, listRotationOrder, orderByRotation } from "./rotation";

const members = [{ id: "c", position: 2 }, { id: "a", position: 0 }, { id: "b", position: 1 }, { id: "b2", position: 1 }];

describe("round-robin rotation", () => {
  it("starts at the top without memory (by position, then id)", () => {
    expect(orderByRotation(members, null).map((member) => member.id)).toEqual(["a", "b", "b2", "c"]);
  });

  it("starts after the member whose turn it was, wrapping round", () => {
    expect(orderByRotation(members, { id: "b", position: 1 }).map((member) => member.id)).toEqual(["b2", "c", "a", "b"]);
    expect(orderByRotation(members, { id: "c", position: 2 }).map((member) => member.id)).toEqual(["a", "b", "b2", "c"]);
  });

  it("passes the turn on by position when that member has left", () => {
    expect(orderByRotation(members, { id: "gone", position: 1 }).map((member) => member.id)).toEqual(["c", "a", "b", "b2"]);
    expect(orderByRotation(members, { id: "b1", position: 1 }).map((member) => member.id)).toEqual(["b2", "c", "a", "b"]);
    expect(orderByRotation(members, { id: "z", position: 9 }).map((member) => member.id)).toEqual(["a", "b", "b2", "c"]);
  });

  it("follows a member who moved, by id", () => {
    expect(orderByRotation(members, { id: "a", position: 7 }).map((member) => member.id)).toEqual(["b", "b2", "c", "a"]);
  });

  it("records a turn as plain JSON", () => {
    expect(advanceRotation({ id: "b", position: 1 })).toEqual({ id: "b", position: 1 });
    expect(JSON.parse(JSON.stringify(advanceRotation({ id: "b", position: 1 })))).toEqual({ id: "b", position: 1 });
  });

  it("orders a ring group's extensions after the last one rung, across calls", () => {
    const group = ["101", "102", "103", "102"];
    let rotation = null as ReturnType<typeof advanceRotation>;
    const starts: string[] = [];
    for (let call = 0; call < 4; call += 1) {
      const order = listRotationOrder(group, rotation);
      starts.push(order[0] as string);
      expect(order).toHaveLength(3);
      rotation = advanceRotation({ id: order[0] as string, position: group.indexOf(order[0] as string) });
    }
    expect(starts).toEqual(["101", "102", "103", "101"]);
    expect(listRotationOrder(["101", "103"], { id: "102", position: 1 })).toEqual(["103", "101"]);
  });

  it("does not change the list it is given", () => {
    const copy = [...members];
    orderByRotation(members, { id: "b", position: 1 });
    expect(members).toEqual(copy);
  });
});
