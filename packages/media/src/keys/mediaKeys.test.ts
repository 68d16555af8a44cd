import { describe, expect, it } from "vitest";
import { buildPromptVariantKeys, buildRecordingKey, buildTenantPrefix, readKeyTenant } from "./mediaKeys";

describe("storage keys", () => {
  it("puts every file under its tenant's prefix", () => {
    const keys = buildPromptVariantKeys("tenantA", "prompt1", "pl", "rev1", "mp3");
    expect(keys.original).toBe("tenants/tenantA/prompts/prompt1/pl/rev1/original.mp3");
    expect(keys.normalised).toBe("tenants/tenantA/prompts/prompt1/pl/rev1/normalised.wav");
    expect(keys.original.startsWith(buildTenantPrefix("tenantA"))).toBe(true);
    expect(buildRecordingKey("tenantA", "rec1")).toBe("tenants/tenantA/recordings/rec1.wav");
    expect(readKeyTenant(buildRecordingKey("tenantB", "r"))).toBe("tenantB");
    expect(readKeyTenant("other/x")).toBeNull();
  });

  it("refuses ids that could leave their folder or mix tenants", () => {
    expect(() => buildTenantPrefix("../x")).toThrow(/tenant id/);
    expect(() => buildTenantPrefix("")).toThrow();
    expect(() => buildRecordingKey("a/b", "r")).toThrow();
    expect(() => buildPromptVariantKeys("t", "p", "pl", "r", "wav/../../x")).toThrow(/extension/);
  });
});
