// The benchmark's floor: a bare Node HTTP server answering every request with `size` bytes from
// memory (no signature, no lookup): what this machine's loopback and client allow at best.
import http from "node:http";

const size = Number(process.argv[2]);
const port = Number(process.argv[3]);
const body = Buffer.alloc(size, 7);
http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "audio/wav", "content-length": String(size), etag: '"floor"', "cache-control": "private, max-age=300" });
  res.end(body);
}).listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
