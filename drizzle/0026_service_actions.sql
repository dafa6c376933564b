CREATE TABLE `service_action_photos` (
	`action_id` integer PRIMARY KEY NOT NULL,
	`jpeg` blob NOT NULL,
	`thumb` blob NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `service_actions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `service_action_points` (
	`action_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	PRIMARY KEY(`action_id`, `service_point_id`),
	FOREIGN KEY (`action_id`) REFERENCES `service_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_point_id`) REFERENCES `service_points`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_action_points_point_idx` ON `service_action_points` (`service_point_id`,`action_id`);--> statement-breakpoint
CREATE TABLE `service_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`round_id` integer,
	`topic` text,
	`residents_said` text NOT NULL,
	`changed` text NOT NULL,
	`status` text NOT NULL,
	`planned_on` text,
	`started_on` text,
	`done_on` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "service_actions_status_check" CHECK(status in ('planned', 'in_progress', 'done'))
);
--> statement-breakpoint
CREATE INDEX `service_actions_organisation_idx` ON `service_actions` (`organisation_id`,`created_at`);