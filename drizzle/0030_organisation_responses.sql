-- Each organisation's counted responses by day move from an index on `responses`, written by every submission,
-- to `organisation_responses`, written by the tally counter (see src/db/schema.ts). Responses counted already
-- are copied here in the old index's order; the counter adds the rest.
CREATE TABLE `organisation_responses` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`day` text NOT NULL,
	`response_id` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `day`, `response_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `organisation_responses` (`round_id`, `organisation_id`, `day`, `response_id`)
SELECT `round_id`, `organisation_id`, `day`, `id` FROM `responses`
WHERE `id` <= (SELECT `counted_to` FROM `tally_progress` WHERE `id` = 1)
ORDER BY `round_id`, `organisation_id`, `day`, `id`;
--> statement-breakpoint
DROP INDEX `responses_round_org_day_idx`;
