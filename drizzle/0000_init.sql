CREATE TABLE `answer_tallies` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `service_id`, `item_id`, `value`, `flagged`)
);
--> statement-breakpoint
CREATE TABLE `answer_tallies_daily` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`day` text NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `service_id`, `day`, `item_id`, `value`, `flagged`)
);
--> statement-breakpoint
CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `answers_response_idx` ON `answers` (`response_id`);--> statement-breakpoint
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `districts` (
	`code` text PRIMARY KEY NOT NULL,
	`province_code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `districts_province_idx` ON `districts` (`province_code`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dla_code` text NOT NULL,
	`type` text NOT NULL,
	`name_th` text NOT NULL,
	`province_code` text NOT NULL,
	`district_code` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`area_sq_km` real,
	`population` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organisations_type_check" CHECK(type in ('pao', 'city', 'town', 'subdistrict', 'sao', 'special'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_dla_code_idx` ON `organisations` (`dla_code`);--> statement-breakpoint
CREATE INDEX `organisations_province_idx` ON `organisations` (`province_code`,`district_code`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`code` text PRIMARY KEY NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `questionnaires` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`published_at` integer,
	CONSTRAINT "questionnaires_status_check" CHECK(status in ('draft', 'published'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questionnaires_slug_version_idx` ON `questionnaires` (`slug`,`version`);--> statement-breakpoint
CREATE TABLE `response_tallies` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`flagged` integer NOT NULL,
	`day` text NOT NULL,
	`count` integer NOT NULL,
	`last_response_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `service_id`, `day`, `flagged`)
);
--> statement-breakpoint
CREATE TABLE `responses` (
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
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_point_id`) REFERENCES `service_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "responses_flag_check" CHECK(flag_reason is null or flag_reason in ('repeat', 'too_fast'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_submission_idx` ON `responses` (`submission_id`);--> statement-breakpoint
CREATE INDEX `responses_round_org_idx` ON `responses` (`round_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `round_organisations` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `round_provinces` (
	`round_id` integer NOT NULL,
	`province_code` text NOT NULL,
	PRIMARY KEY(`round_id`, `province_code`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`questionnaire_id` integer NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`scope` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rounds_scope_check" CHECK(scope in ('all', 'provinces', 'organisations')),
	CONSTRAINT "rounds_window_check" CHECK(closes_at > opens_at)
);
--> statement-breakpoint
CREATE INDEX `rounds_window_idx` ON `rounds` (`opens_at`,`closes_at`);--> statement-breakpoint
CREATE TABLE `service_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text,
	`department` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_points_code_idx` ON `service_points` (`code`);--> statement-breakpoint
CREATE INDEX `service_points_organisation_idx` ON `service_points` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_point_id` integer NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text,
	`position` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`service_point_id`) REFERENCES `service_points`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `services_service_point_idx` ON `services` (`service_point_id`);