export { createJambonzServer, type JambonzServer, type JambonzServerOptions } from './createJambonzServer';
export { FeatureServer, type InboundCallOptions, type ClockMode } from './featureServer/FeatureServer';
export { JambonzStore } from './store/JambonzStore';
export { provisionDefaults, type DefaultProvisioning } from './provisionDefaults';
export { simCallSchema, type SimCallRequest } from './control/simCallSchema';
