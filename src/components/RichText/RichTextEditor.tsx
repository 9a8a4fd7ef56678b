'use client'
// A small rich-text editor for text written outside a Payload form (the kartabl's response
// dialog): Lexical, as Payload's own editor, so the value it gives is the same JSON a rich-text
// field stores (paragraphs; bold, italic, underline). Payload's field editor needs a document
// form and its server-made field map; this one needs neither.
import { FORMAT_TEXT_COMMAND, type EditorState, type TextFormatType } from '@payloadcms/richtext-lexical/lexical'
import { LexicalComposer } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { ContentEditable } from '@payloadcms/richtext-lexical/lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@payloadcms/richtext-lexical/lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@payloadcms/richtext-lexical/lexical/react/LexicalHistoryPlugin'
import { OnChangePlugin } from '@payloadcms/richtext-lexical/lexical/react/LexicalOnChangePlugin'
import { RichTextPlugin } from '@payloadcms/richtext-lexical/lexical/react/LexicalRichTextPlugin'
import React from 'react'

import './RichText.scss'

const FORMATS: { format: TextFormatType; label: string; sign: string }[] = [
  { format: 'bold', label: 'پررنگ', sign: 'B' },
  { format: 'italic', label: 'کج', sign: 'I' },
  { format: 'underline', label: 'زیرخط', sign: 'U' },
]

function Toolbar() {
  const [editor] = useLexicalComposerContext()
  return (
    <div className="dabir-rich-editor__toolbar" role="toolbar">
      {FORMATS.map((f) => (
        <button
          key={f.format}
          type="button"
          title={f.label}
          aria-label={f.label}
          className={`dabir-rich-editor__${f.format}`}
          // Keeps the selection in the text while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format)}
        >
          {f.sign}
        </button>
      ))}
    </div>
  )
}

export function RichTextEditor({ label, onChange, name }: { label: string; name: string; onChange: (value: Record<string, unknown> | null) => void }) {
  const config = {
    namespace: name,
    onError: (error: Error) => {
      throw error
    },
  }
  return (
    <div className="dabir-rich-editor">
      <LexicalComposer initialConfig={config}>
        <Toolbar />
        <RichTextPlugin
          contentEditable={<ContentEditable className="dabir-rich-editor__text" aria-label={label} aria-multiline dir="auto" data-name={name} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={(state: EditorState) => onChange(state.toJSON() as unknown as Record<string, unknown>)} />
      </LexicalComposer>
    </div>
  )
}
