/**
 * Checks one Bitbucket Data Center token against its own server (server-url), on /rest and /scm
 * paths only: who it is, what it reaches, its record (expiry, permissions), then Git as the job
 * sends it. REST always uses Bearer; a Basic request goes last and is never followed by another
 * once rejected (failed Basic logins lock the account behind a CAPTCHA).
 */
import type { Classification } from '../core/classification.js'
import { dataCenterGitPlan } from '../core/data-center-git-plan.js'
import type { DataCenterGit, DataCenterProbes } from '../core/data-center-probes.js'
import { dataCenterShape } from '../core/data-center-token.js'
import { evaluateDataCenter } from '../core/data-center-evaluate.js'
import { gitNeed } from '../core/purposes.js'
import type { CredentialReport, CredentialSpec, Repository } from '../core/types.js'
import {
  probeDataCenterIdentity,
  probeDataCenterRepository,
  type DataCenterTarget
} from '../probe/probe-data-center.js'
import { probeTokenRecord } from '../probe/probe-data-center-record.js'
import { probeGit } from '../probe/probe-git.js'
import type { CheckContext } from './check-credential.js'
import { wantsGit } from '../core/probe-plan.js'
import { basic, secretForms } from '../secrets/secret-forms.js'

async function probeDataCenterGit(
  ctx: CheckContext,
  target: DataCenterTarget,
  repository: Repository,
  secret: string,
  git: DataCenterGit,
  write: boolean
): Promise<void> {
  const { plan } = git
  if (plan.mode === 'not-sent') return
  const scm = `${target.serverUrl}/scm`
  const auth =
    plan.mode === 'basic' ? `Basic ${basic(plan.username, secret)}` : target.authorization
  const probe = (service: 'git-upload-pack' | 'git-receive-pack') =>
    probeGit(ctx.client, scm, repository, service, auth, target.deadline)
  if (plan.mode === 'bearer') {
    const [read, pushed] = await Promise.all([
      probe('git-upload-pack'),
      write ? probe('git-receive-pack') : undefined
    ])
    git.read = read
    git.write = pushed
    return
  }
  git.read = await probe('git-upload-pack')
  if (!write) return
  if (git.read.outcome === 'rejected' || git.read.outcome === 'forbidden') git.writeWithheld = true
  else git.write = await probe('git-receive-pack')
}

export async function checkDataCenter(
  spec: CredentialSpec,
  cls: Classification,
  ctx: CheckContext
): Promise<CredentialReport> {
  const now = ctx.now()
  const deadline = Date.now() + ctx.timeoutSeconds * 1000
  const declared = (spec.gitUsername || cls.gitUsername || '').trim()
  for (const form of secretForms(cls.secret, [declared, spec.username])) ctx.mask(form)
  for (const form of secretForms(spec.token, [])) ctx.mask(form)
  const probes: DataCenterProbes = {}
  const shape = dataCenterShape(cls.secret)
  const repository = spec.repository
  if (cls.verdict === null && !ctx.policy.offline && spec.serverUrl && shape?.ok) {
    const target = { serverUrl: spec.serverUrl, authorization: `Bearer ${cls.secret}`, deadline }
    probes.identity = await probeDataCenterIdentity(ctx.client, target)
    const user = probes.identity.identity?.username ?? null
    if (probes.identity.outcome === 'accepted' && user) {
      for (const form of secretForms(cls.secret, [user])) ctx.mask(form)
      const record = probeTokenRecord(ctx.client, target, user, repository, shape.id).then(
        (r) => void (probes.record = r)
      )
      const reach = repository
        ? probeDataCenterRepository(ctx.client, target, repository).then(
            (r) => void (probes.repo = r)
          )
        : undefined
      // Bearer Git needs nothing from the record, so it runs beside it; Basic waits for the
      // record, which can show that a Basic login cannot work (a project or repository token).
      let git: Promise<void> | undefined
      if (repository && wantsGit(spec, ctx.policy.checkGit)) {
        const write = gitNeed(spec.purposes) === 'write'
        git = (declared ? record : Promise.resolve()).then(() => {
          probes.git = { plan: dataCenterGitPlan(declared, user, probes.record) }
          return probeDataCenterGit(ctx, target, repository, cls.secret, probes.git, write)
        })
      }
      await Promise.all([record, reach, git])
    }
  }
  return evaluateDataCenter(spec, cls, probes, ctx.policy, now)
}
