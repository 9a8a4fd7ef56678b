export {
  PURPOSE_LABELS,
  REFERRAL_PURPOSES,
  REFERRAL_STATES,
  STATE_LABELS,
  isFinalState,
  isOpenState,
  nextState,
  referralMessages,
  type Actor,
  type Purpose,
  type State,
  type TransitionInput,
  type TransitionResult,
} from './states'
export {
  DEFAULT_DEADLINE_DAYS,
  defaultDeadline,
  isOverdue,
  overdueDays,
  type CalendarOptions,
  type DeadlineOptions,
  type Deadlined,
  type Urgency,
} from './deadlines'
export { dwellTimes, summariseDwell, type DwellSummary, type HistoryEntry } from './dwell'
export { matchingRules, ruleMatches, type LetterFacts, type RuleConditions } from './routing'
export { flattenTree, referralTree, type ReferralStep, type ReferralView, type TreeInput, type TreeNode } from './tree'
