// The simulated jambonz as a process: `node --import tsx packages/jambonz-sim/src/server/main.ts`.
// Serves jambonz's REST API (/v1), its feature server, and the carrier-side /sim control routes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createJambonzServer } from './createJambonzServer';
import { provisionDefaults } from './provisionDefaults';

const envSchema = z.object({
  JAMBONZ_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(3300),
  JAMBONZ_SIM_HOST: z.string().default('127.0.0.1'),
  /** Folder for the provisioning data and credentials.json; unset keeps everything in memory. */
  JAMBONZ_SIM_DATA_DIR: z.string().optional(),
  /** Pin the account and its API key (end-to-end tests hand them to the web app before start). */
  JAMBONZ_SIM_ACCOUNT_SID: z.uuid().optional(),
  JAMBONZ_SIM_API_KEY: z.string().min(16).optional(),
  /**
   * Real milliseconds of quiet before simulated time jumps to its next timer (virtual-time calls):
   * room for the apps (the voice runtime, its call-centre dispatcher) to react to what they were
   * told before the call moves on.
   */
  JAMBONZ_SIM_QUIET_MS: z.coerce.number().int().min(0).max(5000).default(100),
});

async function main(): Promise<void> {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`The simulated jambonz's settings are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const env = parsed.data;
  const dataDir = env.JAMBONZ_SIM_DATA_DIR;
  const sim = await createJambonzServer({ port: env.JAMBONZ_SIM_PORT, host: env.JAMBONZ_SIM_HOST, quietMs: env.JAMBONZ_SIM_QUIET_MS, ...(dataDir && { dataFile: path.join(dataDir, 'jambonz.json') }) });
  const defaults = provisionDefaults(sim.store, {
    ...(env.JAMBONZ_SIM_ACCOUNT_SID && { accountSid: env.JAMBONZ_SIM_ACCOUNT_SID }),
    ...(env.JAMBONZ_SIM_API_KEY && { apiKey: env.JAMBONZ_SIM_API_KEY }),
  });
  const credentials = { apiUrl: `${sim.url}/v1`, ...defaults };
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'credentials.json'), JSON.stringify(credentials, null, 2), { mode: 0o600 });
  }
  console.log(`simulated jambonz listening on ${sim.url} (account ${defaults.accountSid})`);
  const stop = (): void => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The simulated jambonz could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
