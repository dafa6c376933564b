CREATE TABLE `flag_decisions` (
	`response_id` integer PRIMARY KEY NOT NULL,
	`decision` text NOT NULL,
	`reason` text NOT NULL,
	`decided_by` integer NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `responses_flagged_idx` ON `responses` (`round_id`,`organisation_id`,`service_point_id`,`flag_reason`,`day`) WHERE flag_reason is not null;