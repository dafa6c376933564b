CREATE TABLE `tally_progress` (
	`id` integer PRIMARY KEY NOT NULL,
	`counted_to` integer NOT NULL
);
--> statement-breakpoint
-- Until now every response was counted as it was stored: the tallies already hold them all.
INSERT INTO `tally_progress` (`id`, `counted_to`) SELECT 1, coalesce(max(`id`), 0) FROM `responses`;
