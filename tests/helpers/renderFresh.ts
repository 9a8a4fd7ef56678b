// Renders one PDF in a process of its own (nothing drawn before it) and writes it to stdout as
// base64: the reference a render in a long-lived process is compared with (tests/unit/pdf-fonts).
// Input on stdin: { kind: 'letter' | 'document' | 'book', model }.
import { renderDocumentPdf, renderLetterPdf, renderRegistryBookPdf } from '../../src/lib/pdf'

const chunks: Buffer[] = []
process.stdin.on('data', (c: Buffer) => chunks.push(c))
process.stdin.on('end', async () => {
  const { kind, model } = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  const render = kind === 'letter' ? renderLetterPdf : kind === 'book' ? renderRegistryBookPdf : renderDocumentPdf
  const bytes = await render(model)
  process.stdout.write(Buffer.from(bytes).toString('base64'))
})
