CREATE TABLE `organisation_headline_moments` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`n` integer NOT NULL,
	`not_applicable` integer NOT NULL,
	`sum` integer NOT NULL,
	`sum_squares` integer NOT NULL,
	`top_two` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `flagged`)
) WITHOUT ROWID;--> statement-breakpoint
-- Responses stored before this migration: the per-item sums added up over the items the round's
-- questionnaire scores (as `scoredItems` lists them: every aspect's items, ARTA's pooled items, A-11's trust item).
INSERT INTO `organisation_headline_moments` (`round_id`, `organisation_id`, `flagged`, `n`, `not_applicable`, `sum`, `sum_squares`, `top_two`)
SELECT m.`round_id`, m.`organisation_id`, m.`flagged`, sum(m.`n`), sum(m.`not_applicable`), sum(m.`sum`), sum(m.`sum_squares`), sum(m.`top_two`)
FROM `organisation_item_moments` m
  JOIN `rounds` r ON r.`id` = m.`round_id`
  JOIN `questionnaires` q ON q.`id` = r.`questionnaire_id`
WHERE m.`item_id` IN (
  SELECT i.value FROM json_each(q.`definition`, '$.scoring.aspects') a, json_each(a.value, '$.items') i
  UNION ALL SELECT value FROM json_each(q.`definition`, '$.scoring.pooledItems')
  UNION ALL SELECT json_extract(q.`definition`, '$.scoring.trustItem'))
GROUP BY m.`round_id`, m.`organisation_id`, m.`flagged`;
