-- A published questionnaire version never changes: a change is a new version.
CREATE TRIGGER questionnaires_published_immutable
BEFORE UPDATE ON questionnaires
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published questionnaire versions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER questionnaires_published_undeletable
BEFORE DELETE ON questionnaires
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published questionnaire versions are immutable');
END;
