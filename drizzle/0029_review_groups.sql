-- The review queue's groups kept as counts (see `review_groups` in src/db/schema.ts), filled here from the
-- responses counted already; the tally counter adds the rest as it counts them.
CREATE TABLE `review_groups` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`service_point_id` integer NOT NULL,
	`reason` text NOT NULL,
	`day` text NOT NULL,
	`province_code` text NOT NULL,
	`total` integer NOT NULL,
	`counted` integer NOT NULL,
	`kept_out` integer NOT NULL,
	PRIMARY KEY(`round_id`, `organisation_id`, `service_point_id`, `reason`, `day`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `review_groups` (`round_id`, `organisation_id`, `service_point_id`, `reason`, `day`, `province_code`, `total`, `counted`, `kept_out`)
SELECT r.`round_id`, r.`organisation_id`, r.`service_point_id`, r.`review_reason`, r.`day`, o.`province_code`, count(*),
  count(d.`decision` = 'count' OR NULL), count(d.`decision` = 'keep_out' OR NULL)
FROM `responses` r JOIN `organisations` o ON o.`id` = r.`organisation_id`
  LEFT JOIN `flag_decisions` d ON d.`response_id` = r.`id`
WHERE r.`review_reason` IS NOT NULL
GROUP BY r.`round_id`, r.`organisation_id`, r.`service_point_id`, r.`review_reason`, r.`day`;
--> statement-breakpoint
CREATE INDEX `review_groups_province_idx` ON `review_groups` (`round_id`,`province_code`,`day`,`service_point_id`,`reason`,`total`,`counted`,`kept_out`);
