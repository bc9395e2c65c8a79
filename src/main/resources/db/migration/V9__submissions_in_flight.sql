-- The submissions in flight (queued or started), for the per-learner cap, the queue's depth and the admins' and
-- mentors' view of the queue: found by status without reading every finished submission.
create index submission_by_status on submission (status, user_id, id);
