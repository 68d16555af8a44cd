import { Badge } from "../ui/badge/Badge";

/** Whether the page is receiving live updates. */
export function LiveBadge({ live, labels }: { live: boolean; labels: { connected: string; reconnecting: string } }) {
  return (
    <Badge tone={live ? "success" : "warning"} dot data-testid="live-badge" data-live={live ? "yes" : "no"}>
      {live ? labels.connected : labels.reconnecting}
    </Badge>
  );
}
