CREATE TABLE `published_reports` (
	`scope` text PRIMARY KEY NOT NULL,
	`round_id` integer NOT NULL,
	`job_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`published_by` integer NOT NULL,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
