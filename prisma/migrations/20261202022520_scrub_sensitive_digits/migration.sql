-- Sensitive digits never stay in storage: scrub what earlier versions stored in clear.
--
-- Call traces: every key press of more than one key (collect-digits steps; a menu takes a single
-- key) and every conference PIN (stored as "*" per digit) becomes the mask the runtime now writes:
-- "••••" followed by the last four digits for a card-length entry (12 digits or more), "••••" alone
-- for anything shorter. Which steps were sensitive cannot be known for old calls, so all of them
-- are masked.
UPDATE "CallEvent"
SET "data" = jsonb_set("data", '{digits}', to_jsonb(
  CASE WHEN "data"->>'digits' ~ '^[0-9]{12,}$' THEN '••••' || right("data"->>'digits', 4) ELSE '••••' END))
WHERE "type" = 'keyPressed'
  AND jsonb_typeof("data"->'digits') = 'string'
  AND (length("data"->>'digits') > 1 OR "data"->>'digits' LIKE '*%')
  AND "data"->>'digits' NOT LIKE '••••%';

-- Live call states (calls in progress, or left by a crash): drop the variables a collect-digits
-- step set (from the published or test flow the call runs) and anything that looks like a card
-- number. A call still in progress reads them as empty from here on.
WITH collected AS (
  SELECT cs."callSid", n.node->'config'->>'variable' AS variable
  FROM "CallState" cs
  CROSS JOIN LATERAL jsonb_each_text(COALESCE(cs."state"->'versions', '{}'::jsonb)) AS ver(flow_id, version_id)
  LEFT JOIN "FlowVersion" fv ON fv."id" = ver.version_id
  LEFT JOIN "TestSession" ts ON ver.version_id = 'test:' || ts."id"
  CROSS JOIN LATERAL jsonb_each(COALESCE(fv."ir", ts."ir")->'nodes') AS n(node_id, node)
  WHERE n.node->>'kind' = 'collect'
)
UPDATE "CallState" cs
SET "state" = jsonb_set(cs."state", '{engine,vars}', (
  SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
  FROM jsonb_each(cs."state"->'engine'->'vars') AS e(key, value)
  WHERE NOT EXISTS (SELECT 1 FROM collected c WHERE c."callSid" = cs."callSid" AND c.variable = e.key)
    AND NOT (jsonb_typeof(e.value) = 'string' AND (e.value #>> '{}') ~ '^[0-9]{12,19}$')
))
WHERE jsonb_typeof(cs."state"->'engine'->'vars') = 'object';
