/** The emulator's switchable faults: each answers (or fails to) the way a broken network would. */
import type { ServerResponse } from 'node:http'
import type { Fault } from './emulator.js'
import { send } from './send.js'

/** Answers with the fault; true when the request is handled (or deliberately left hanging). */
export function applyFault(fault: Fault, res: ServerResponse): boolean {
  switch (fault.kind) {
    case 'hang':
      return true
    case 'reset':
      res.socket?.destroy()
      return true
    case 'status-503':
    case 'status-502':
      send(
        res,
        fault.kind === 'status-503' ? 503 : 502,
        'upstream connect error or disconnect/reset before headers',
        {}
      )
      return true
    case 'html-500':
      res.writeHead(500, { 'content-type': 'text/html' })
      res.end(
        '<!DOCTYPE html><html><head><title>Something went wrong</title></head><body><h1>500</h1></body></html>'
      )
      return true
    case 'rate-limit':
      send(
        res,
        429,
        'Rate limit for this resource has been exceeded',
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}
      )
      return true
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' })
      res.write('{"type": "user", "username": "jd')
      setTimeout(() => res.socket?.destroy(), 10)
      return true
    case 'non-json':
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<html><body>Please sign in to your network</body></html>')
      return true
    case 'redirect':
      res.writeHead(302, { location: 'https://evil.example.com/collect' })
      res.end()
      return true
  }
}
