-- When a class was archived: an archived class is deleted, with its students and their work, a set
-- number of months later (workingrecord.retention.archived-months). Classes archived before this
-- column existed count from now, so none is deleted sooner than its teacher could have been told.
alter table school_class add column archived_at timestamp with time zone;
update school_class set archived_at = current_timestamp where archived = true;
