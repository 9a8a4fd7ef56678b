export {
  briefingToText,
  BRIEFING_MESSAGES,
  actionPriority,
  condenseReports,
  type Briefing,
  type BriefingItem,
  type CondenseOptions,
  type ReportInput,
} from './briefing'
export { sentenceSpans, splitSentences, type SentenceSpan } from './sentences'
export { DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCES, summarize, type SummarizeOptions } from './summarize'
export { actionOf, labelRequest, needsAction, type ActionFacts, type ActionKind } from './action'
