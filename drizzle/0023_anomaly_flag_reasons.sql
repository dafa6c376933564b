PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` text NOT NULL,
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer,
	`submitted_hour` integer NOT NULL,
	`day` text NOT NULL,
	`locale` text NOT NULL,
	`channel` text NOT NULL,
	`flag_reason` text,
	`answer_values` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_point_id`) REFERENCES `service_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "responses_flag_check" CHECK(flag_reason is null or flag_reason in ('repeat', 'too_fast', 'burst', 'kiosk_interval', 'outside_hours', 'late_surge'))
);
--> statement-breakpoint
INSERT INTO `__new_responses`("id", "submission_id", "round_id", "organisation_id", "service_point_id", "service_id", "submitted_hour", "day", "locale", "channel", "flag_reason", "answer_values") SELECT "id", "submission_id", "round_id", "organisation_id", "service_point_id", "service_id", "submitted_hour", "day", "locale", "channel", "flag_reason", "answer_values" FROM `responses`;--> statement-breakpoint
DROP TABLE `responses`;--> statement-breakpoint
ALTER TABLE `__new_responses` RENAME TO `responses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `responses_submission_idx` ON `responses` (`submission_id`);--> statement-breakpoint
CREATE INDEX `responses_round_org_day_idx` ON `responses` (`round_id`,`organisation_id`,`day`);