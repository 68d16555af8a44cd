// Runs once when the server starts: check the environment now, not on a user's first click.
export async function register(): Promise<void> {
  const { getEnv } = await import("./env");
  getEnv();
}
