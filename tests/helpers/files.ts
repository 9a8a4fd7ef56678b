/** The smallest PDF that every checker accepts (catalog, empty page tree, xref, trailer). */
export const tinyPdf = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'xref',
    '0 3',
    '0000000000 65535 f ',
    '0000000009 00000 n ',
    '0000000058 00000 n ',
    'trailer << /Size 3 /Root 1 0 R >>',
    'startxref',
    '110',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
)
