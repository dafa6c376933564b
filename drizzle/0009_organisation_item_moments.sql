CREATE TABLE `organisation_item_moments` (
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
);
