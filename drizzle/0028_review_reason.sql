-- The review queue reads `review_reason`, which the tally counter copies from `flag_reason` as it counts a
-- response: the queue's index is written off the submission's own transaction. Responses counted already
-- are copied here (through the old index of flagged responses, before it goes); the counter copies the rest.
ALTER TABLE `responses` ADD `review_reason` text;--> statement-breakpoint
UPDATE `responses` SET `review_reason` = `flag_reason`
WHERE `flag_reason` IS NOT NULL AND `id` <= (SELECT `counted_to` FROM `tally_progress` WHERE `id` = 1);--> statement-breakpoint
DROP INDEX `responses_flagged_idx`;--> statement-breakpoint
CREATE INDEX `responses_review_idx` ON `responses` (`round_id`,`organisation_id`,`service_point_id`,`review_reason`,`day`) WHERE review_reason is not null;
