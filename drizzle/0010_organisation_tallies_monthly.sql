CREATE TABLE `answer_tallies_monthly` (
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
);
--> statement-breakpoint
CREATE TABLE `organisation_response_tallies` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`count` integer NOT NULL,
	`last_response_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `flagged`)
);
--> statement-breakpoint
INSERT INTO `answer_tallies_monthly` (`round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, `month`, `item_id`, `value`, `count`)
SELECT `round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, substr(`day`, 1, 7), `item_id`, `value`, sum(`count`)
FROM `answer_tallies_daily`
GROUP BY `round_id`, `organisation_id`, `service_point_id`, `service_id`, `flagged`, substr(`day`, 1, 7), `item_id`, `value`;
--> statement-breakpoint
INSERT INTO `organisation_response_tallies` (`round_id`, `organisation_id`, `flagged`, `count`, `last_response_at`)
SELECT `round_id`, `organisation_id`, `flagged`, sum(`count`), max(`last_response_at`)
FROM `response_tallies`
GROUP BY `round_id`, `organisation_id`, `flagged`;
