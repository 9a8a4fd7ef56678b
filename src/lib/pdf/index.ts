export type {
  Block,
  CoverReferral,
  CoverSheetPdfModel,
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
export { renderCoverSheetPdf } from './coverSheet'
export { drawTable, type TableColumn, type TableRow } from './table'
export { lexicalToBlocks } from './lexical'
export { embedFonts, fontBytes, type EmbeddedFonts } from './fonts'
export { Flow, TextEngine, normaliseText, type Align, type FlowOptions, type Line, type ParagraphStyle } from './text'
export { pdfMessages } from './messages'
