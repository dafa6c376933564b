CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`started_by` integer NOT NULL,
	`scope` text NOT NULL,
	`options` text,
	`status` text NOT NULL,
	`done` integer DEFAULT 0 NOT NULL,
	`total` integer,
	`result_file` text,
	`error` text,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`started_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "jobs_status_check" CHECK(status in ('queued', 'running', 'done', 'failed', 'interrupted'))
);
--> statement-breakpoint
CREATE INDEX `jobs_started_by_idx` ON `jobs` (`started_by`,`created_at`);--> statement-breakpoint
CREATE INDEX `jobs_status_idx` ON `jobs` (`status`,`id`);