import { describe, expect, it } from 'vitest'

import { accountChangeRefusal, isPrivilegedAccount } from '../../src/lib/accounts/authority'
import { accountKey, clientAddress, trustedProxiesFromEnv } from '../../src/lib/accounts/throttle'

const admin = { id: 1, roles: ['admin'], clearance: 'normal' }
const director = { id: 2, roles: ['director'], clearance: 'top-secret' }
const expert = { id: 3, roles: ['expert'], clearance: 'confidential', email: 'e@x.ir' }
const deputy = { id: 4, roles: ['deputy'], clearance: 'secret', email: 'd@x.ir' }

describe('who changes what on an account', () => {
  const cases: Array<[string, Parameters<typeof accountChangeRefusal>[0], ReturnType<typeof accountChangeRefusal>]> = [
    ['the admin raising their own clearance', { actor: admin, operation: 'update', before: admin, data: { clearance: 'confidential' } }, 'selfAuthority'],
    ['the admin saving their own form unchanged', { actor: admin, operation: 'update', before: admin, data: { ...admin, fullName: 'x' } }, null],
    ['the director general granting themselves a role', { actor: director, operation: 'update', before: director, data: { roles: ['director', 'auditor'] } }, 'selfAuthority'],
    ['the admin creating a secret account', { actor: admin, operation: 'create', before: {}, data: { email: 'n@x.ir', clearance: 'secret' } }, 'clearanceDirectorOnly'],
    ['the admin creating a confidential expert', { actor: admin, operation: 'create', before: {}, data: { email: 'n@x.ir', clearance: 'confidential', roles: ['expert'] } }, null],
    ['the admin creating an auditor', { actor: admin, operation: 'create', before: {}, data: { email: 'n@x.ir', roles: ['auditor'] } }, 'roleDirectorOnly'],
    ['the admin lowering a secret clearance', { actor: admin, operation: 'update', before: deputy, data: { clearance: 'normal' } }, 'clearanceDirectorOnly'],
    ['the admin granting group-head', { actor: admin, operation: 'update', before: expert, data: { roles: ['expert', 'group-head'] } }, null],
    ['the director general raising an expert', { actor: director, operation: 'update', before: expert, data: { clearance: 'top-secret' } }, null],
    ['the admin resetting a secret account’s password', { actor: admin, operation: 'update', before: deputy, data: { password: 'x' } }, 'privilegedCredentials'],
    ['the admin changing a secret account’s email', { actor: admin, operation: 'update', before: deputy, data: { email: 'mine@x.ir' } }, 'privilegedCredentials'],
    ['the admin sending a secret account’s own email back unchanged', { actor: admin, operation: 'update', before: deputy, data: { email: ' D@x.ir ' } }, null],
    ['the admin deactivating a secret account', { actor: admin, operation: 'update', before: deputy, data: { active: false } }, 'privilegedStanding'],
    ['the director general deactivating it', { actor: director, operation: 'update', before: deputy, data: { active: false } }, null],
    ['the director general resetting its password', { actor: director, operation: 'update', before: deputy, data: { password: 'x' } }, 'privilegedCredentials'],
    ['the director general renaming an expert', { actor: director, operation: 'update', before: expert, data: { fullName: 'x' } }, 'directorOthersFields'],
    ['the admin resetting an expert’s password', { actor: admin, operation: 'update', before: expert, data: { password: 'x' } }, null],
    ['a holder changing their own password', { actor: deputy, operation: 'update', before: deputy, data: { password: 'x' } }, null],
    ['the system (no actor)', { actor: null, operation: 'create', before: {}, data: { clearance: 'top-secret', roles: ['director'] } }, null],
  ]
  it.each(cases)('%s', (_label, args, expected) => {
    expect(accountChangeRefusal(args)).toBe(expected)
  })

  it('calls privileged an account above confidential or with a director-granted role', () => {
    expect(isPrivilegedAccount(deputy)).toBe(true)
    expect(isPrivilegedAccount({ roles: ['secretariat'], clearance: 'normal' })).toBe(true)
    expect(isPrivilegedAccount(expert)).toBe(false)
  })
})

describe('the login throttle’s keys', () => {
  it('keys an account by the address as Payload looks it up', () => {
    expect(accountKey('  Someone@X.ir ')).toBe('account:someone@x.ir')
    expect(accountKey(undefined)).toBeNull()
  })

  it('trusts X-Forwarded-For only behind declared proxies, and only the entries they wrote', () => {
    expect(clientAddress('203.0.113.1', 0)).toBeNull()
    expect(clientAddress('198.51.100.7, 203.0.113.1', 1)).toBe('203.0.113.1')
    expect(clientAddress('198.51.100.7, 203.0.113.1, 10.0.0.2', 2)).toBe('203.0.113.1')
    expect(clientAddress('203.0.113.1', 3)).toBe('203.0.113.1')
    expect(clientAddress(null, 1)).toBeNull()
    expect(trustedProxiesFromEnv('2')).toBe(2)
    expect(trustedProxiesFromEnv('yes')).toBe(0)
    expect(trustedProxiesFromEnv(undefined)).toBe(0)
  })
})
