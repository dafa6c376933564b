DROP INDEX `responses_round_org_idx`;--> statement-breakpoint
CREATE INDEX `responses_round_org_day_idx` ON `responses` (`round_id`,`organisation_id`,`day`);