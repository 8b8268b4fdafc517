/** The emulator's switchable faults: each answers (or fails to) the way a broken network would. */
import type { ServerResponse } from 'node:http'
import type { Fault } from '../../src/emulator/emulator-core.js'
import { send } from '../../src/emulator/send.js'

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
    case 'sporadic-401':
      // A valid credential refused once under concurrent use (BCLOUD-24107).
      send(res, 401, {
        type: 'error',
        error: { message: 'Token is invalid, expired, or not supported for this endpoint.' }
      })
      return true
    case 'hostile-text':
      // Server text that would be markup or commands if copied as is: as a 200 user (its
      // username and scopes header), or as a 401 message.
      if (fault.status === 200) {
        send(
          res,
          200,
          { type: 'user', username: fault.text ?? '', account_id: fault.text ?? '' },
          { 'x-oauth-scopes': (fault.text ?? '').replace(/[^\x20-\x7e]/g, ' ').slice(0, 8000) }
        )
      } else {
        send(res, 401, { type: 'error', error: { message: fault.text ?? '' } })
      }
      return true
    case 'prototype-names':
      send(
        res,
        200,
        { type: 'user', username: '__proto__', account_id: 'constructor' },
        {
          'x-credential-type': '__proto__',
          'x-oauth-scopes': 'constructor, __proto__, toString, hasOwnProperty, valueOf'
        }
      )
      return true
    case 'endless-body':
      endlessBody(res)
      return true
    case 'redirect':
      res.writeHead(302, { location: 'https://evil.example.com/collect' })
      res.end()
      return true
  }
}

/** A 200 whose JSON body never ends (until the client hangs up, or 512 MB at most). */
function endlessBody(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.write('{"type": "user", "username": "')
  const chunk = 'x'.repeat(64 * 1024)
  let sent = 0
  const pump = () => {
    while (!res.destroyed && sent < 512 * 1024 * 1024) {
      sent += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    res.end()
  }
  res.on('close', () => (sent = Infinity))
  pump()
}
