/** Writes one emulator answer the way Bitbucket's edge does (envoy, JSON or plain text). */
import type { ServerResponse } from 'node:http'

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
    server: 'envoy',
    ...headers
  })
  res.end(text)
}
