-- Each organisation's review queue summed up (see `review_totals` in src/db/schema.ts), from its groups.
CREATE TABLE `review_totals` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`province_code` text NOT NULL,
	`groups` integer NOT NULL,
	`waiting` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `review_totals` (`round_id`, `organisation_id`, `province_code`, `groups`, `waiting`)
SELECT `round_id`, `organisation_id`, `province_code`, count(*), sum(`total` - `counted` - `kept_out`)
FROM `review_groups` GROUP BY `round_id`, `organisation_id`;
--> statement-breakpoint
CREATE INDEX `review_totals_province_idx` ON `review_totals` (`round_id`,`province_code`,`groups`,`waiting`);
