export type {
  Block,
  DocumentPdfModel,
  DocumentSection,
  Inline,
  Letterhead,
  LetterPdfModel,
  RegistryBookModel,
  RegistryBookRow,
} from './model'
export { renderLetterPdf } from './letter'
export { renderRegistryBookPdf } from './registryBook'
export { renderDocumentPdf } from './document'
export { lexicalToBlocks } from './lexical'
export { embedFonts, fontBytes, type EmbeddedFonts } from './fonts'
export { Flow, TextEngine, normaliseText, type Align, type FlowOptions, type Line, type ParagraphStyle } from './text'
export { pdfMessages } from './messages'
