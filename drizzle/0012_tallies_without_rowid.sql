-- Tally tables become WITHOUT ROWID: each is only ever reached by its primary key, so
-- the rows live in the key's own B-tree and an upsert touches one tree instead of two.
-- drizzle's schema cannot say WITHOUT ROWID; this migration is where it is said.
CREATE TABLE `answer_tallies_new` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `service_id`, `item_id`, `value`, `flagged`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `answer_tallies_new` (`round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `item_id`, `value`, `count`) SELECT `round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `item_id`, `value`, `count` FROM `answer_tallies`;
--> statement-breakpoint
DROP TABLE `answer_tallies`;
--> statement-breakpoint
ALTER TABLE `answer_tallies_new` RENAME TO `answer_tallies`;
--> statement-breakpoint
CREATE TABLE `answer_tallies_monthly_new` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`month` text NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `service_id`, `month`, `item_id`, `value`, `flagged`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `answer_tallies_monthly_new` (`round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `month`, `item_id`, `value`, `count`) SELECT `round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `month`, `item_id`, `value`, `count` FROM `answer_tallies_monthly`;
--> statement-breakpoint
DROP TABLE `answer_tallies_monthly`;
--> statement-breakpoint
ALTER TABLE `answer_tallies_monthly_new` RENAME TO `answer_tallies_monthly`;
--> statement-breakpoint
CREATE TABLE `response_tallies_new` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`day` text NOT NULL,
	`count` integer NOT NULL,
	`last_response_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `service_id`, `day`, `flagged`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `response_tallies_new` (`round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `day`, `count`, `last_response_at`) SELECT `round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `day`, `count`, `last_response_at` FROM `response_tallies`;
--> statement-breakpoint
DROP TABLE `response_tallies`;
--> statement-breakpoint
ALTER TABLE `response_tallies_new` RENAME TO `response_tallies`;
--> statement-breakpoint
CREATE TABLE `organisation_item_moments_new` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`item_id` text NOT NULL,
	`flagged` integer NOT NULL,
	`n` integer NOT NULL,
	`not_applicable` integer NOT NULL,
	`sum` integer NOT NULL,
	`sum_squares` integer NOT NULL,
	`top_two` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `item_id`, `flagged`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `organisation_item_moments_new` (`round_id`, `organisation_id`, `item_id`, `flagged`, `n`, `not_applicable`, `sum`, `sum_squares`, `top_two`) SELECT `round_id`, `organisation_id`, `item_id`, `flagged`, `n`, `not_applicable`, `sum`, `sum_squares`, `top_two` FROM `organisation_item_moments`;
--> statement-breakpoint
DROP TABLE `organisation_item_moments`;
--> statement-breakpoint
ALTER TABLE `organisation_item_moments_new` RENAME TO `organisation_item_moments`;
--> statement-breakpoint
CREATE TABLE `organisation_response_tallies_new` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`count` integer NOT NULL,
	`last_response_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `flagged`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `organisation_response_tallies_new` (`round_id`, `organisation_id`, `flagged`, `count`, `last_response_at`) SELECT `round_id`, `organisation_id`, `flagged`, `count`, `last_response_at` FROM `organisation_response_tallies`;
--> statement-breakpoint
DROP TABLE `organisation_response_tallies`;
--> statement-breakpoint
ALTER TABLE `organisation_response_tallies_new` RENAME TO `organisation_response_tallies`;
