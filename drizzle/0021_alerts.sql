CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_point_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`rule` text NOT NULL,
	`status` text NOT NULL,
	`opened_at` integer NOT NULL,
	`figure` real NOT NULL,
	`basis` integer NOT NULL,
	`opening_figure` real NOT NULL,
	`acknowledged_at` integer,
	`acknowledged_by` integer,
	`comment` text,
	`closed_at` integer,
	FOREIGN KEY (`service_point_id`) REFERENCES `service_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`acknowledged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "alerts_rule_check" CHECK(rule in ('low_share', 'silence')),
	CONSTRAINT "alerts_status_check" CHECK(status in ('open', 'acknowledged', 'closed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_live_idx` ON `alerts` (`service_point_id`,`rule`) WHERE status != 'closed';--> statement-breakpoint
CREATE INDEX `alerts_organisation_idx` ON `alerts` (`organisation_id`,`status`);--> statement-breakpoint
CREATE TABLE `overall_answer_tallies` (
	`service_point_id` integer NOT NULL,
	`day` text NOT NULL,
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`rated` integer NOT NULL,
	`low` integer NOT NULL,
	PRIMARY KEY(`service_point_id`, `day`, `round_id`, `flagged`)
);
