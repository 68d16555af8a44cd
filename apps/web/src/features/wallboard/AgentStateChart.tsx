"use client";
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { agentStates, type AgentState } from "./wallboardTypes";

// One colour per state, the same on every queue (and beside the text legend).
export const stateColours: Record<AgentState, string> = {
  available: "#059669", ringing: "#0891b2", onCall: "#2563eb", wrapUp: "#d97706", away: "#a855f7", offline: "#94a3b8",
};

/** A queue's agents by state as a donut; the figures are also in the legend beside it (text). */
export function AgentStateChart({ counts, label, names, size }: { counts: Record<AgentState, number>; label: string; names: Record<AgentState, string>; size: number }) {
  const data = agentStates.map((state) => ({ state, name: names[state], value: counts[state] })).filter((d) => d.value > 0);
  return (
    <div className="flex items-center gap-4">
      <figure role="img" aria-label={label} style={{ width: size, height: size }} className="shrink-0">
        {data.length ? (
          <ResponsiveContainer width="100%" height="100%">
            <PieChart accessibilityLayer={false}>
              <Pie data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="95%" isAnimationActive={false} stroke="none">
                {data.map((d) => <Cell key={d.state} fill={stateColours[d.state]} />)}
              </Pie>
              <Tooltip />
            </PieChart>
          </ResponsiveContainer>
        ) : (
          <div className="size-full rounded-full border-8 border-slate-200" />
        )}
      </figure>
      <ul className="grid gap-1 text-sm">
        {agentStates.map((state) => (
          <li key={state} className="flex items-center gap-2" data-testid={`agents-${state}`}>
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ background: stateColours[state] }} />
            <span className="text-slate-700">{names[state]}</span>
            <span className="font-semibold tabular-nums text-slate-900">{counts[state]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
