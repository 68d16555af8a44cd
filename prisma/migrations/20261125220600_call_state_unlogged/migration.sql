-- Live call state changes on every caller action and is worthless once the call ends: keep it out
-- of the write-ahead log so saving it costs no disk flush on the call path. (A database crash loses
-- it, as it loses the calls themselves.)
ALTER TABLE "CallState" SET UNLOGGED;
