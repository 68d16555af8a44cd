import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@centrala/db";
import { handleHealth } from "./http/handleHealth";

export type RuntimeServer = { url: string; port: number; close(): Promise<void> };

/** The runtime's HTTP server: health endpoints now; jambonz's WebSocket calls attach to the same server. */
export async function createRuntimeServer(opts: { prisma: Db; host: string; port: number }): Promise<RuntimeServer> {
  const probe = {
    async isReady() {
      await opts.prisma.$queryRaw`SELECT 1`;
      return { ok: true, detail: "database reachable" };
    },
  };
  const server = http.createServer((req, res) => {
    void handleHealth(req, res, probe).then((handled) => {
      if (!handled) res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
