/**
 * Benchmark: 40 mixed credentials through dist/index.js against the emulator with 150 ms per
 * response. Prints the product's wall time, the limit (node start-up + longest sequential
 * chain × 150 ms), their ratio, a naive sequential checker's time and the speed-up, the
 * bundle's size, and its cold start over `node -e 0`: how much later than an empty node process
 * has ended the first request reaches the emulator, and (for comparison) how long a whole
 * offline run takes. Everything is measured in this run.
 */
import { CONFIRM_DELAY_MS } from '../src/check/confirm-pause.js'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from '../__tests__/emulator/emulator.js'
import { CONSUMER, JDOE, REPO, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { makeAccessToken, makeApiToken, makeAppPassword } from '../src/emulator/tokens.js'

const LATENCY = 150
const RUNS = 9
const dir = mkdtempSync(join(tmpdir(), 'bcc-bench-'))
let startedAt = 0
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function runBundle(inputs: Record<string, string>): Promise<{ ms: number; output: string }> {
  const out = join(dir, 'out')
  writeFileSync(out, '')
  writeFileSync(join(dir, 'sum'), '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: join(dir, 'sum')
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const started = process.hrtime.bigint()
  startedAt = Date.now()
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/bprof'] : []),
      'dist/index.js'
    ],
    { env, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  return new Promise((resolve) =>
    child.on('close', () =>
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        output: readFileSync(out, 'utf8')
      })
    )
  )
}

function timeCommand(args: string[], env: Record<string, string>, runs = 15): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'ignore'
    })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return median(times)
}

async function main(): Promise<void> {
  const world = sampleWorld()
  const items: string[] = []
  const add = (fields: Record<string, string>) =>
    items.push(
      Object.entries(fields)
        .map(([k, v], i) => `${i === 0 ? '-' : ' '} ${k}: '${v}'`)
        .join('\n')
    )
  const later = inDays(new Date(), 200)
  for (let i = 0; i < 40; i++) {
    const kind = i % 8
    if (kind <= 2) {
      const secret = makeApiToken(`bench-api-${i}`)
      world.tokens!.push({
        secret,
        kind: 'api-token',
        scopes: ['read:user:bitbucket', 'read:repository:bitbucket', 'write:repository:bitbucket'],
        account: JDOE
      })
      add({
        name: `api-${i}`,
        token: secret,
        email: JDOE.email,
        purpose: 'mirror',
        repository: REPO,
        'expires-at': later
      })
    } else if (kind <= 4) {
      const secret = makeAccessToken(`bench-access-${i}`)
      world.tokens!.push({
        secret,
        kind: 'repository-access-token',
        scopes: ['repository', 'repository:write'],
        repositories: [REPO]
      })
      add({
        name: `access-${i}`,
        token: secret,
        purpose: 'push',
        repository: REPO,
        'expires-at': later
      })
    } else if (kind === 5) {
      add({
        name: `oauth-${i}`,
        'client-id': CONSUMER.key,
        'client-secret': CONSUMER.secret,
        repository: REPO
      })
    } else if (kind === 6) {
      add({ name: `app-password-${i}`, token: makeAppPassword(`bench-ap-${i}`), username: 'jdoe' })
    } else {
      add({ name: `revoked-${i}`, token: makeApiToken(`bench-unknown-${i}`), email: JDOE.email })
    }
  }
  const emu = await new BitbucketEmulator({ ...world, latencyMs: LATENCY }).start()
  const inputs = {
    credentials: items.join('\n'),
    'api-url': emu.apiUrl,
    'git-url': emu.url,
    'oauth-url': emu.oauthUrl
  }

  const nodeStart = timeCommand(['-e', '0'], {})
  const offlineRun = timeCommand(['dist/index.js'], {
    GITHUB_OUTPUT: join(dir, 'o2'),
    GITHUB_STEP_SUMMARY: join(dir, 's2'),
    INPUT_OFFLINE: 'true'
  })
  writeFileSync(join(dir, 'o2'), '')

  const walls: Record<string, number[]> = { '40': [], '8': [] }
  // From spawning the bundle to its first request reaching the emulator, every run.
  const firstRequests: number[] = []
  let report: { credentials: { verdict: string }[] } = { credentials: [] }
  for (let i = 0; i < RUNS; i++) {
    for (const concurrency of ['40', '8']) {
      emu.requests.length = 0
      const { ms, output } = await runBundle({ ...inputs, concurrency })
      walls[concurrency].push(ms)
      firstRequests.push(Math.min(...emu.requests.map((r) => r.at)) - startedAt)
      if (process.env.BENCH_TRACE && concurrency === '40') {
        const times = emu.requests.map((r) => r.at - startedAt)
        process.stderr.write(
          `first request at ${Math.min(...times)} ms, last at ${Math.max(...times)} ms, exit at ${ms.toFixed(0)} ms\n`
        )
      }
      const match = /^report<<(\S+)\n([\s\S]*?)\n\1$/m.exec(output)
      if (match) report = JSON.parse(match[2]) as typeof report
    }
  }
  const requestCount = emu.requests.length
  // The longest chain: an OAuth consumer needs the token endpoint, then its probes; a rejected
  // credential is asked again after the confirmation pause (a single 401 can be sporadic).
  const longestChain = 2
  const rejected = report.credentials.some((c) => c.verdict === 'invalid')
  const critical = longestChain * LATENCY + (rejected ? CONFIRM_DELAY_MS : 0)
  const limit = nodeStart + critical
  const wall = median(walls['40'])

  // A naive checker: every request of the same run, one after another.
  const sequential = [...emu.requests]
  const started = process.hrtime.bigint()
  for (const r of sequential) {
    await fetch(`${emu.url}${r.path}`, { method: r.method === 'POST' ? 'POST' : 'GET' }).then(
      (res) => res.arrayBuffer()
    )
  }
  const naive = Number(process.hrtime.bigint() - started) / 1e6 + nodeStart
  await emu.stop()

  const size = statSync('dist/index.js').size
  // The entry loads the chunks ncc splits off for dynamic import() (the reporting side, tracking).
  const withChunks = readdirSync('dist')
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join('dist', f)).size, 0)
  const coldStart = median(firstRequests) - nodeStart
  const verdicts = report.credentials.reduce<Record<string, number>>(
    (acc, c) => ({ ...acc, [c.verdict]: (acc[c.verdict] ?? 0) + 1 }),
    {}
  )
  const rows: [string, string][] = [
    [
      'credentials',
      `${report.credentials.length} (${Object.entries(verdicts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')})`
    ],
    ['requests made', String(requestCount)],
    ['latency per response', `${LATENCY} ms`],
    ['node -e 0 start-up', `${nodeStart.toFixed(0)} ms`],
    [
      `limit (start-up + 2 × ${LATENCY} ms${rejected ? ` + ${CONFIRM_DELAY_MS} ms 401 confirmation` : ''})`,
      `${limit.toFixed(0)} ms`
    ],
    [`wall time, concurrency 40 (median of ${RUNS})`, `${wall.toFixed(0)} ms`],
    ['ratio wall / limit (target ≤ 1.2)', `${(wall / limit).toFixed(2)}`],
    [`wall time, default concurrency 8 (median of ${RUNS})`, `${median(walls['8']).toFixed(0)} ms`],
    ['naive sequential checker', `${naive.toFixed(0)} ms`],
    ['speed-up over naive (concurrency 40)', `${(naive / wall).toFixed(1)}×`],
    ['bundle dist/index.js (target ≤ 1.5 MB)', `${(size / 1e6).toFixed(2)} MB`],
    ['with its chunks, dist/*.js', `${(withChunks / 1e6).toFixed(2)} MB`],
    [
      `cold start: first request, over node -e 0 (target ≤ 100 ms; median of ${firstRequests.length})`,
      `${coldStart.toFixed(0)} ms`
    ],
    ['offline run, start to exit, over node -e 0', `${(offlineRun - nodeStart).toFixed(0)} ms`]
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`)
  const ok = wall / limit <= 1.2 && coldStart <= 100 && size <= 1.5e6
  process.stdout.write(ok ? 'All targets met.\n' : 'A target was missed.\n')
  process.exitCode = ok ? 0 : 1
}

await main()
