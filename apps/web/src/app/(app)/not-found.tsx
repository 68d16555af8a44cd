import { NotFoundMessage } from "@/features/shell/NotFoundMessage";

export default function AppNotFound() {
  return <NotFoundMessage />;
}
