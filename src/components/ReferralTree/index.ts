export { ReferralTree, type ReferralTreeNode } from './ReferralTree'
export { ReferralTreeField } from './ReferralTreeField'
