CREATE TABLE `service_point_transactions` (
	`service_point_id` integer NOT NULL,
	`month` text NOT NULL,
	`count` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`service_point_id`, `month`),
	FOREIGN KEY (`service_point_id`) REFERENCES `service_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "transactions_count_check" CHECK(count >= 0)
);
