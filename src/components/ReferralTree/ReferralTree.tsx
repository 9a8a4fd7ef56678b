'use client'
// A record's referrals drawn as a tree: who referred to whom, purpose, instruction, deadline,
// state, response and the dates of each step (Jalali, Tehran time, Persian digits); each branch
// folds. It draws only what the server gave this reader (the record's `referralTree`, built as
// them through the referrals' read rule); it never asks for more.
import React, { useCallback, useMemo, useState } from 'react'

import { formatJalaliDate, formatJalaliDateTime } from '../../lib/jalali'
import { toPersianDigits } from '../../lib/persian'
import type { ReferralView, TreeNode } from '../../lib/referrals/tree'
import { RichTextView } from '../RichText/RichTextView'
import { treeMessages as msg } from './messages'
import './ReferralTree.scss'

export type ReferralTreeNode = TreeNode<ReferralView>

/** A Jalali instant as `۱۴۰۵/۰۹/۰۱ ۱۰:۳۰` (Tehran), isolated so the digits keep their order. */
function When({ at, withTime = true }: { at: string | null | undefined; withTime?: boolean }) {
  if (!at) return null
  let shown: string
  try {
    shown = withTime ? formatJalaliDateTime(at, { digits: 'persian' }) : formatJalaliDate(at, { digits: 'persian' })
  } catch {
    return null
  }
  return (
    <time dateTime={at} dir="ltr" className="dabir-ltr referral-tree__date">
      {shown}
    </time>
  )
}

const ids = (nodes: readonly ReferralTreeNode[]): number[] => nodes.flatMap((n) => [n.id, ...ids(n.children ?? [])])
const names = (list: readonly (string | null)[]) => (list.length ? list.map((n) => n ?? msg.unknown).join('، ') : msg.unknown)

function Node({ node, collapsed, toggle }: { node: ReferralTreeNode; collapsed: ReadonlySet<number>; toggle: (id: number) => void }) {
  const children = node.children ?? []
  const open = !collapsed.has(node.id)
  // The first step is the sending itself (its date is the referral's); the rest are what followed.
  const steps = (node.history ?? []).filter((s, i) => i > 0 || s.stateKey !== 'sent')
  return (
    <li className="referral-tree__node" role="treeitem" aria-expanded={children.length ? open : undefined} data-referral={node.id}>
      <div className="referral-tree__card">
        <div className="referral-tree__line">
          {children.length > 0 && (
            <button
              type="button"
              className="referral-tree__toggle"
              aria-label={open ? msg.collapse : msg.expand}
              title={open ? msg.collapse : msg.expand}
              onClick={() => toggle(node.id)}
            >
              {open ? '−' : '+'}
            </button>
          )}
          <span className="referral-tree__people">
            {msg.from} {node.from ?? msg.unknown} {msg.to} {names(node.to ?? [])}
          </span>
          <span className="referral-tree__badge referral-tree__badge--purpose">{node.purpose}</span>
          <span className={`referral-tree__badge referral-tree__badge--${node.stateKey}`}>{node.state}</span>
          {node.overdue && <span className="referral-tree__badge referral-tree__badge--overdue">{msg.overdue}</span>}
          {!open && children.length > 0 && <span className="referral-tree__badge">{toPersianDigits(msg.onward(ids(children).length))}</span>}
        </div>
        <dl className="referral-tree__facts">
          <dt>{msg.referredAt}</dt>
          <dd>
            <When at={node.createdAt} />
          </dd>
          {node.deadline && (
            <>
              <dt>{msg.deadline}</dt>
              <dd>
                <When at={node.deadline} withTime={false} />
              </dd>
            </>
          )}
          {node.instruction && (
            <>
              <dt>{msg.instruction}</dt>
              <dd className="referral-tree__instruction">{node.instruction}</dd>
            </>
          )}
          {node.response && (
            <>
              <dt>{msg.response}</dt>
              <dd className="referral-tree__response">
                <RichTextView value={node.response} />
              </dd>
            </>
          )}
          {node.returnReason && (
            <>
              <dt>{msg.returnReason}</dt>
              <dd>{node.returnReason}</dd>
            </>
          )}
        </dl>
        {steps.length > 0 && (
          <ol className="referral-tree__steps">
            {steps.map((step, i) => (
              <li key={i}>
                {step.state}
                {step.by ? ` (${step.by})` : ''}: <When at={step.at} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {children.length > 0 && open && (
        <ul className="referral-tree__list" role="group">
          {children.map((child) => (
            <Node key={child.id} node={child} collapsed={collapsed} toggle={toggle} />
          ))}
        </ul>
      )}
    </li>
  )
}

/**
 * The tree of `nodes` (roots first, each with its `children`), all branches open at first.
 * Generic: any record type's `referralTree` has this shape (src/lib/referrals/tree.ts).
 */
export function ReferralTree({ nodes, title = msg.title, description }: { nodes: readonly ReferralTreeNode[]; title?: string; description?: string }) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set())
  const toggle = useCallback((id: number) => {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])
  const withChildren = useMemo(() => {
    const out: number[] = []
    const walk = (list: readonly ReferralTreeNode[]) => list.forEach((n) => (n.children?.length ? (out.push(n.id), walk(n.children)) : undefined))
    walk(nodes)
    return out
  }, [nodes])

  return (
    <section className="referral-tree" aria-label={title}>
      <div className="referral-tree__head">
        <h3 className="referral-tree__title">{title}</h3>
        {withChildren.length > 0 && (
          <div className="referral-tree__tools">
            <button type="button" className="referral-tree__button" onClick={() => setCollapsed(new Set())}>
              {msg.expandAll}
            </button>
            <button type="button" className="referral-tree__button" onClick={() => setCollapsed(new Set(withChildren))}>
              {msg.collapseAll}
            </button>
          </div>
        )}
      </div>
      {description && <p className="referral-tree__description">{description}</p>}
      {nodes.length === 0 ? (
        <p className="referral-tree__empty">{msg.empty}</p>
      ) : (
        <ul className="referral-tree__list" role="tree">
          {nodes.map((node) => (
            <Node key={node.id} node={node} collapsed={collapsed} toggle={toggle} />
          ))}
        </ul>
      )}
    </section>
  )
}
