/** A loopback fake of the GitHub REST API's issue endpoints, for the tracking issue. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: { name: string }[]
  comments: string[]
}

export class FakeGitHub {
  issues: FakeIssue[] = []
  /** Answer this status to every write (e.g. 403 without issues: write). */
  denyWrites: number | null = null
  /** Never answer (a hung API). */
  hang = false
  requests: string[] = []
  url = ''
  private server?: Server

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString()))
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x')
        this.requests.push(`${req.method} ${url.pathname}`)
        if (this.hang) return
        const send = (status: number, data: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end(JSON.stringify(data))
        }
        const json = body ? (JSON.parse(body) as Record<string, unknown>) : {}
        const issueApi = (i: FakeIssue) => ({
          ...i,
          comments: i.comments.length,
          html_url: `https://github.test/fake/issues/${i.number}`
        })
        if (req.method !== 'GET' && this.denyWrites)
          return send(this.denyWrites, { message: 'Resource not accessible by integration' })
        if (req.method === 'GET' && /\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
          const label = url.searchParams.get('labels')
          const state = url.searchParams.get('state') ?? 'open'
          const list = this.issues
            .filter(
              (i) =>
                (!label || i.labels.some((l) => l.name === label)) &&
                (state === 'all' || i.state === state)
            )
            .sort((a, b) => b.number - a.number)
          return send(200, list.map(issueApi))
        }
        if (req.method === 'POST' && /\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
          const issue: FakeIssue = {
            number: this.issues.length + 1,
            title: String(json.title),
            body: String(json.body),
            state: 'open',
            labels: ((json.labels as string[]) ?? []).map((name) => ({ name })),
            comments: []
          }
          this.issues.push(issue)
          return send(201, issueApi(issue))
        }
        const one = /\/repos\/[^/]+\/[^/]+\/issues\/(\d+)(\/comments)?$/.exec(url.pathname)
        const issue = one ? this.issues.find((i) => i.number === Number(one[1])) : undefined
        if (one && issue && one[2] && req.method === 'POST') {
          issue.comments.push(String(json.body))
          return send(201, { id: issue.comments.length })
        }
        if (one && issue && req.method === 'PATCH') {
          if (typeof json.body === 'string') issue.body = json.body
          if (json.state === 'open' || json.state === 'closed') issue.state = json.state
          return send(200, issueApi(issue))
        }
        send(404, { message: 'Not Found' })
      })
    })
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((r) => this.server?.close(() => r()))
  }
}
