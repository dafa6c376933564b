ALTER TABLE `organisations` ADD `office_number` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `village_number` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `website` text;