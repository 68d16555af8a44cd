import net from "node:net";

type Backend = { host: string; port: number };

/**
 * A TCP load balancer on loopback, as production puts one between jambonz and several runtime
 * instances: it sends each new connection to the next instance that says it is ready (/readyz,
 * checked every 250 ms), and to another one if that instance does not accept it, so a jambonz
 * reconnect lands on a live, warm instance. Connections already open stay with their instance.
 */
export async function createLoadBalancer(port: number, backends: readonly Backend[]) {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const ready = new Map<Backend, boolean>(backends.map((b) => [b, false]));
  const check = async () => {
    await Promise.all(backends.map(async (b) => {
      ready.set(b, await fetch(`http://${b.host}:${b.port}/readyz`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false));
    }));
  };
  await check();
  const health = setInterval(() => void check(), 250);
  const server = net.createServer((client) => {
    client.pause();
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    // Ready instances first, in turn; the others only if none is ready.
    const start = next++;
    const order = [...backends.keys()].map((i) => backends[(start + i) % backends.length]!);
    const candidates = [...order.filter((b) => ready.get(b)), ...order.filter((b) => !ready.get(b))];
    const tryBackend = (attempt: number) => {
      const backend = candidates[attempt];
      if (!backend) return void client.destroy();
      const upstream = net.connect(backend.port, backend.host);
      const onError = () => tryBackend(attempt + 1);
      upstream.once("error", onError);
      upstream.once("connect", () => {
        upstream.off("error", onError);
        sockets.add(upstream);
        upstream.on("close", () => { sockets.delete(upstream); client.destroy(); });
        upstream.on("error", () => upstream.destroy());
        client.on("close", () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    async close() {
      clearInterval(health);
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
