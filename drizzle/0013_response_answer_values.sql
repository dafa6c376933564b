ALTER TABLE `responses` ADD `answer_values` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Responses stored before this migration: their answers, gathered per item in the order stored.
UPDATE `responses` SET `answer_values` = coalesce((
  SELECT json_group_object(`item_id`, json(`vals`)) FROM (
    SELECT `item_id`, json_group_array(`value` ORDER BY `id`) AS `vals`
    FROM `answers` WHERE `response_id` = `responses`.`id`
    GROUP BY `item_id`)
), '{}');
