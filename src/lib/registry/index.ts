export {
  formatRegistryNumber,
  validateTemplate,
  type FormatRegistryOptions,
  type ParsedNumber,
  type RegistryBookFormat,
  type RegistryNumberParts,
  type TemplateValidation,
} from './format'
export {
  expandTwoDigitYear,
  normalizeRegistryText,
  parseRegistryNumber,
  registryNumberPattern,
} from './parse'
export { detectReferences, type DetectedReference } from './references'
export { formatMessages, templateMessages } from './messages'
export { describeTemplate, TEMPLATE_PART_WORDS, type TemplateExample } from './describe'
