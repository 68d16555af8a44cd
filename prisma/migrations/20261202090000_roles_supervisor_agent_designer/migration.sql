-- The call centre's roles. "editor" (who edits and publishes flows) becomes "designer", keeping
-- every member's and invitation's role; supervisors and agents are new.
ALTER TYPE "Role" RENAME VALUE 'editor' TO 'designer';
ALTER TYPE "Role" ADD VALUE 'supervisor' BEFORE 'designer';
ALTER TYPE "Role" ADD VALUE 'agent' BEFORE 'designer';
