import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper of the start script
import { superviseService } from "./supervise.mjs";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("npm start's supervision", () => {
  it("starts a crashed service again at once, and stops it for good on request", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "centrala-supervise-"));
    const runs = path.join(dir, "runs");
    // The service writes its pid each time it starts; the first run crashes after 100 ms.
    const script = `const fs=require("fs");fs.appendFileSync(${JSON.stringify(runs)}, process.pid+"\\n");if(fs.readFileSync(${JSON.stringify(runs)},"utf8").trim().split("\\n").length===1)setTimeout(()=>process.exit(3),100);else setInterval(()=>{},1000);`;
    const messages: string[] = [];
    const service = superviseService("probe", process.execPath, ["-e", script], {}, { graceMs: 2000, log: (m: string) => messages.push(m) });
    for (let i = 0; i < 100 && !(existsSync(runs) && readFileSync(runs, "utf8").trim().split("\n").length >= 2); i++) await wait(50);
    const pids = readFileSync(runs, "utf8").trim().split("\n");
    expect(pids).toHaveLength(2);
    expect(messages).toEqual(["[probe] stopped unexpectedly (exit code 3); starting it again."]);
    expect(String(service.pid)).toBe(pids[1]);
    await service.stop();
    await wait(300);
    expect(readFileSync(runs, "utf8").trim().split("\n")).toHaveLength(2);
    expect(() => process.kill(Number(pids[1]), 0)).toThrow();
  });
});
