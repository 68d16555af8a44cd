import net from "node:net";

/**
 * A TCP load balancer on loopback, as production puts one between jambonz and several runtime
 * instances: each new connection goes to the next instance in turn, and to another one if that
 * instance does not accept it (it is down), so a jambonz reconnect lands on a live instance.
 * Connections already open stay with their instance.
 */
export async function createLoadBalancer(port: number, backends: readonly { host: string; port: number }[]) {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    client.pause();
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    const tryBackend = (attempt: number) => {
      if (attempt >= backends.length) return void client.destroy();
      const backend = backends[next++ % backends.length]!;
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
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
