-- The node that graded a submission (its task scheduler's name, host-pid), written once with the verdict, so an
-- operator can tell which worker graded what, including work picked up again after a node died. Null for
-- submissions graded before this column existed, and until the verdict.
alter table submission add column graded_by varchar(100);
