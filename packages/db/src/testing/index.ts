// Helpers for tests in other packages (not for production code).
export { createTestTenant } from "./createTestTenant";
export { createMemoryProvisioner } from "./createMemoryProvisioner";
export { seedAcdState } from "./seedAcdState";
