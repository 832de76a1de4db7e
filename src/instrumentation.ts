// Next calls register() once when a server process starts (`next start`,
// `next dev`). The app's queue worker starts here so that any way of running
// the app extracts imported articles without a second command.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startAppWorkers } = await import("@/server/queue/start-app-workers");
  void startAppWorkers();
}
