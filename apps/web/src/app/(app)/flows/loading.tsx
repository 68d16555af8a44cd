import { FlowListSkeleton } from "@/features/flows/FlowListSkeleton";

/** Shown while the flows list loads. */
export default function FlowsLoading() {
  return <FlowListSkeleton />;
}
