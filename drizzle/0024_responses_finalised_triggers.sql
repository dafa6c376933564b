-- 0023 rebuilt `responses`, which drops its triggers: 0016's, as they were.
-- Its figures are its tallies, and every response it took was counted as it was finalised (finaliseRound):
-- no response may join it and none may change its flag, so the counter never has anything more to add.
CREATE TRIGGER responses_finalised_round_insert
BEFORE INSERT ON responses
WHEN (SELECT finalised_at FROM rounds WHERE id = NEW.round_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and takes no more responses');
END;
--> statement-breakpoint
CREATE TRIGGER responses_finalised_round_update
BEFORE UPDATE OF round_id, organisation_id, flag_reason ON responses
WHEN (SELECT finalised_at FROM rounds WHERE id = OLD.round_id) IS NOT NULL
  OR (SELECT finalised_at FROM rounds WHERE id = NEW.round_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised: its responses and their flags cannot change');
END;
