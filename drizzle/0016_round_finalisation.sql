ALTER TABLE `rounds` ADD `finalised_at` integer;--> statement-breakpoint
-- A finalised round never changes again: not its window, its scope or its mark.
CREATE TRIGGER rounds_finalised_immutable
BEFORE UPDATE ON rounds
WHEN OLD.finalised_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER rounds_finalised_undeletable
BEFORE DELETE ON rounds
WHEN OLD.finalised_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER round_provinces_finalised_insert
BEFORE INSERT ON round_provinces
WHEN (SELECT finalised_at FROM rounds WHERE id = NEW.round_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER round_provinces_finalised_delete
BEFORE DELETE ON round_provinces
WHEN (SELECT finalised_at FROM rounds WHERE id = OLD.round_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER round_organisations_finalised_insert
BEFORE INSERT ON round_organisations
WHEN (SELECT finalised_at FROM rounds WHERE id = NEW.round_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER round_organisations_finalised_delete
BEFORE DELETE ON round_organisations
WHEN (SELECT finalised_at FROM rounds WHERE id = OLD.round_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the round is finalised and cannot change');
END;
--> statement-breakpoint
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
