// Outgoing requests to addresses tenants type (the HTTP step; webhooks later), safe for our network.
export { createOutboundClient, isAddressAllowed, parseAllowNetworks, OutboundRefusedError } from "./createOutboundClient";
export type { OutboundClient, OutboundOptions, OutboundRequest, OutboundResponse } from "./createOutboundClient";
