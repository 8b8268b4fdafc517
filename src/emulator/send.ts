/** Writes one emulator answer the way the server's edge does: its JSON type and its own headers. */
import type { ServerResponse } from 'node:http'

/** What an edge adds to every answer: the JSON content type and its own headers. */
export interface Edge {
  json: string
  headers: Record<string, string>
}

/** Bitbucket Cloud's edge: envoy. */
export const CLOUD_EDGE: Edge = {
  json: 'application/json; charset=utf-8',
  headers: { server: 'envoy' }
}

export function sendVia(
  edge: Edge,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain' : edge.json,
    ...edge.headers,
    ...headers
  })
  res.end(text)
}

/** An answer as Bitbucket Cloud sends it. */
export const send = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void => sendVia(CLOUD_EDGE, res, status, body, headers)
