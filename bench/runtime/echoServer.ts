// The floor for the runtime benchmark: a bare WebSocket server that answers every message at once.
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ host: "127.0.0.1", port: Number(process.argv[2] ?? 0) });
wss.on("connection", (ws) => ws.on("message", (data) => ws.send(data.toString())));
wss.on("listening", () => {
  const address = wss.address();
  process.stdout.write(`${typeof address === "string" ? address : address.port}\n`);
});
