/** A questionnaire version is a draft until published; a published one never changes. */
export const QUESTIONNAIRE_STATUSES = ['draft', 'published'] as const
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number]
