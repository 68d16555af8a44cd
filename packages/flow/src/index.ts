// Public API of @centrala/flow. Everything here is pure: no I/O, no clock, no Node or DOM APIs.

// The flow document (what the canvas draws and stores).
/** Document schemas and types (format version 1). */
export { flowDocumentSchema, flowNodeSchema, flowEdgeSchema, nodeIdSchema, nodeIdPattern, positionSchema, maxFlowNodes } from "./document";
/** Shared schedules: opening hours defined once in the document and used by several hours steps. */
export { flowScheduleSchema, indexSchedules } from "./schedules/flowSchedule";
export type { FlowSchedule } from "./schedules/flowSchedule";
/** Opening hours (a step's own or a shared schedule's) and the hours step's data. */
export { openingHoursSchema, hoursDataSchema, holidaySchema } from "./nodes/hours";
export type { OpeningHours, HoursData, Holiday } from "./nodes/hours";
export type { FlowDocument, FlowNode, FlowEdge } from "./document";
/** Writes a document as stable JSON that parses back to an identical document. */
export { exportFlowDocument } from "./document";
/** Parses JSON text or a value into a document, upgrading older versions; never throws. */
export { parseFlowDocument } from "./parseFlowDocument";
export type { ParseFlowResult } from "./parseFlowDocument";
/** The current format version, the migration list and the upgrade step. */
export { currentFlowVersion, flowMigrations } from "./migrations/registry";
export type { FlowMigration } from "./migrations/registry";
export { upgradeFlowDocument } from "./migrations/upgradeFlowDocument";
/** Format 1 → 2: queues named → queues by id (names kept until `resolveQueueNames` links them). */
export { migrateFlowV1ToV2 } from "./migrations/migrateFlowV1ToV2";
/** Format 2 → 3: shared schedules may appear (nothing in a format-2 document changes). */
export { migrateFlowV2ToV3 } from "./migrations/migrateFlowV2ToV3";

// References to the tenant's things.
/** Links queue names from older flows to the tenant's queue ids. */
export { resolveQueueNames } from "./references/resolveQueueNames";
/** The queues, extensions, flows, mailboxes and prompts a flow uses. */
export { listFlowReferences } from "./references/listFlowReferences";
export type { FlowReferences } from "./references/listFlowReferences";
/** The jambonz queue name of a queue (its globally unique id). */
export { convertQueueIdToJambonzName } from "./schema/queueReference";

// Node kinds.
/** Every kind's definition (labels, icon, schema with field metadata, ports, validate, compile). */
export { nodeDefinitions, getNodeDefinition } from "./nodes/registry";
export type { NodeKind, NodeConfig, NodeData, ParsedNodeData } from "./nodes/registry";
/** The list of node kinds and a guard for unknown strings. */
export { nodeKinds, nodeKindSchema, isNodeKind } from "./nodes/kinds";
/** Dial by extension in a menu: the variable it sets, the longest extension and the pause that ends typing. */
export { dialledExtensionVariable, longestExtensionDigits, extensionInterDigitSeconds } from "./nodes/menu";
/** The shape of a node definition and its ports. */
export type { NodeDefinition, AnyNodeDefinition, PortSpec, ParsedNode, NodeCheckContext, NodeCompileContext, NodeReferences } from "./nodes/definition";
/** Editor metadata of a data field (label and help, en + pl). */
export { field, readFieldMeta } from "./schema/field";
export type { FieldMeta } from "./schema/field";
export type { Localized } from "./schema/localized";

// Shared data pieces.
/** Prompts: a library recording or text-to-speech. */
export { promptSchema, ttsLanguages, readPromptVariables, createTtsPrompt } from "./schema/prompt";
export type { Prompt, TtsLanguage } from "./schema/prompt";
/** Keypad keys. */
export { keySchema, keypadKeys } from "./schema/key";
export type { Key } from "./schema/key";
/** Variable names and the built-in read-only variables. */
export { varNameSchema, varNamePattern, builtInVariables, isBuiltInVariable } from "./schema/varName";
export type { VarName, BuiltInVariable } from "./schema/varName";
/** Templates with `{{var}}` placeholders. */
export { templateSchema, readTemplateVariables } from "./schema/template";
export type { Template } from "./schema/template";
/** Condition operands and operators. */
export { operandSchema, comparisonOperators, unaryOperators } from "./schema/operand";
export type { Operand, ComparisonOperator } from "./schema/operand";
/** Opening-hours time ranges and weekdays. */
export { timeRangeSchema, weekdays, convertClockTimeToMinutes } from "./schema/timeRange";
export type { TimeRange, Weekday } from "./schema/timeRange";
/** Phone number (E.164) and caller-digit pattern checks. */
export { isE164 } from "./schema/phoneNumber";
export { isValidDigitPattern } from "./schema/digitPattern";
/** Sensitive digits (card numbers, PINs): which steps collect them, and how they are masked. */
export { isSensitiveCollect, looksLikeCardNumber, maskSensitiveDigits, sensitiveMask, isPinOrCardLength } from "./schema/sensitiveDigits";

/** The HTTP step's methods and JSON body template. */
export { httpMethods, httpMethodsWithBody, parseBodyTemplate } from "./nodes/http";
export type { HttpMethod } from "./nodes/http";

// Validation.
/** Checks a flow; errors block publishing, warnings do not. */
export { validateFlow } from "./validate/validateFlow";
/** The document's own limits (sizes), which a draft must meet to be saved; the same checks run at publish. */
export { checkFlowLimits } from "./validate/checkFlowLimits";
export { maxNodeDataKb } from "./validate/nodeDataSize";
export { hasBlockingProblems } from "./validate/problem";
export type { Problem, Severity } from "./validate/problem";
export type { ValidationContext, QueueChoice } from "./validate/context";
/** The problem catalogue: code -> severity and en/pl message. */
export { problemCatalogue, createProblem } from "./validate/catalogue";
export type { ProblemCode, ProblemParams } from "./validate/catalogue";

// Compilation.
/** Compiles a valid flow to IR (sorted keys, byte-identical for the same document). */
export { compileFlow } from "./compile/compileFlow";
export type { CompileResult } from "./compile/compileFlow";
/** The compiled flow the engine runs. */
export type { FlowIR, IrNode, IrNodeOf } from "./ir";
export { irVersion } from "./ir";
/** JSON with sorted keys, and the key-sorting copy behind it. */
export { stableStringify, sortKeysDeep } from "./stableStringify";
