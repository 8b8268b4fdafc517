/** How the Data Center emulator answers: Data Center's error body, headers, and permission rule. */
import type { ServerResponse } from 'node:http'
import { sendVia, type Edge } from '../../src/emulator/send.js'
import type { DcToken } from './data-center.js'

/** Each permission includes the ones below it; project permissions apply to its repositories (facts §1). */
const IMPLIES: Record<string, string[]> = {
  PROJECT_ADMIN: ['PROJECT_WRITE', 'PROJECT_READ', 'REPO_ADMIN', 'REPO_WRITE', 'REPO_READ'],
  PROJECT_WRITE: ['PROJECT_READ', 'REPO_WRITE', 'REPO_READ'],
  PROJECT_READ: ['REPO_READ'],
  REPO_ADMIN: ['REPO_WRITE', 'REPO_READ'],
  REPO_WRITE: ['REPO_READ']
}

/** Data Center's answers: its JSON type and a request id, no envoy. */
const DATA_CENTER_EDGE: Edge = {
  json: 'application/json;charset=UTF-8',
  headers: { 'x-arequestid': '@1ABCDEFx600x1234x0' }
}

export const dcSend = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void => sendVia(DATA_CENTER_EDGE, res, status, body, headers)

export const dcErrors = (message: string, exceptionName: string) => ({
  errors: [{ context: null, message, exceptionName }]
})

export function permits(token: DcToken, permission: string): boolean {
  return token.permissions.some((p) => p === permission || (IMPLIES[p] ?? []).includes(permission))
}
