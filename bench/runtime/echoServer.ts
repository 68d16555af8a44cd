// The floor for the runtime benchmark: a bare WebSocket server that answers every message at once.
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ host: "127.0.0.1", port: Number(process.argv[2] ?? 0) });
wss.on("connection", (ws) => ws.on("message", (data, isBinary) => ws.send(data as Buffer, { binary: isBinary })));
wss.on("listening", () => {
  const address = wss.address();
  process.stdout.write(`${address && typeof address !== "string" ? address.port : address}\n`);
});
