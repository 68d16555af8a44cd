import { redirect } from "next/navigation";

// The home of a signed-in person is their flows; the proxy sends everyone else to /login.
export default function HomePage() {
  redirect("/flows");
}
