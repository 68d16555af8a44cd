"use client";

import { useMemo } from "react";
import { useStore, type ReactFlowState } from "@xyflow/react";
import type { Area } from "../document/filterEdgesNearArea";

/**
 * The part of a big flow whose connections are worth drawing: the view plus more than a screen
 * around it. It moves in half-screen steps, so a pan re-filters edges only now and then instead
 * of on every frame.
 */
export function useCullingArea(enabled: boolean): Area | null {
  const key = useStore((state: ReactFlowState) => (enabled ? describeCell(state.transform, state.width, state.height) : ""));
  return useMemo(() => (key === "" ? null : readArea(key)), [key]);
}

function describeCell([x, y, zoom]: [number, number, number], width: number, height: number): string {
  if (!width || !height || !zoom) return "";
  // Zoom in half-octave steps, centre in half-screen cells.
  const step = 2 ** (Math.round(Math.log2(zoom) * 2) / 2);
  const w = width / step;
  const h = height / step;
  const cx = Math.round((-x + width / 2) / zoom / (w / 2)) * (w / 2);
  const cy = Math.round((-y + height / 2) / zoom / (h / 2)) * (h / 2);
  return `${cx}|${cy}|${w}|${h}`;
}

function readArea(key: string): Area {
  const [cx = 0, cy = 0, w = 0, h = 0] = key.split("|").map(Number);
  return { left: cx - 1.5 * w, top: cy - 1.5 * h, right: cx + 1.5 * w, bottom: cy + 1.5 * h };
}
