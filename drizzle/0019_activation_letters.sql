ALTER TABLE `users` ADD `awaiting_activation` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `activation_code_hash` text;--> statement-breakpoint
ALTER TABLE `users` ADD `activation_expires_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `users_activation_code_idx` ON `users` (`activation_code_hash`);