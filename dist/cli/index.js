#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/** Remembers every secret form and scrubs them from any text before it is shown. */
class Redactor {
    secrets = new Set();
    add(secret) {
        if (secret && secret.length >= 4)
            this.secrets.add(secret);
    }
    redact(text) {
        let out = text;
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join('***');
        }
        return out;
    }
}


/***/ }),

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Rj: () => (/* binding */ fingerprint),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: policyOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __nccwpck_require__(8557);
// EXTERNAL MODULE: ./src/probe/http-client.ts
var http_client = __nccwpck_require__(8946);
// EXTERNAL MODULE: ./src/core/checksum.ts
var checksum = __nccwpck_require__(1688);
;// CONCATENATED MODULE: ./src/core/clean-secret.ts
const KNOWN_PREFIX = /^(ATATT3|ATCTT3|ATBB)/;
const URL_FORM = /^https?:\/\/([^:@/\s]+):([^@/\s]+)@[^/\s]+(?:\/([^/\s]+)\/([^/\s?#]+?)(?:\.git)?\/?)?$/i;
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function cleanSecret(raw) {
    const removed = [];
    let secret = raw;
    const trimmed = secret.trim();
    if (trimmed !== secret)
        removed.push('whitespace');
    secret = trimmed;
    const quoted = /^(["'`])(.*)\1$/s.exec(secret);
    if (quoted) {
        removed.push('quotes');
        secret = quoted[2].trim();
    }
    const bearer = /^bearer\s+/i.exec(secret);
    if (bearer) {
        removed.push('a "Bearer " prefix');
        secret = secret.slice(bearer[0].length).trim();
    }
    const url = URL_FORM.exec(secret);
    if (url) {
        removed.push('the URL around it');
        const [, user, password, workspace, slug] = url;
        return {
            secret: safeDecode(password),
            removed,
            gitUsername: safeDecode(user),
            repository: workspace && slug ? { workspace, slug } : undefined
        };
    }
    const pair = /^([^:\s]{1,64}):(\S+)$/.exec(secret);
    if (pair && KNOWN_PREFIX.test(pair[2])) {
        removed.push(`a "user:" prefix`);
        return { secret: pair[2], removed, gitUsername: pair[1] };
    }
    return { secret, removed };
}

// EXTERNAL MODULE: ./src/core/findings.ts
var core_findings = __nccwpck_require__(4637);
// EXTERNAL MODULE: ./src/core/kinds.ts
var kinds = __nccwpck_require__(736);
// EXTERNAL MODULE: ./src/core/purposes.ts
var purposes = __nccwpck_require__(7892);
// EXTERNAL MODULE: ./src/core/scopes.ts
var scopes = __nccwpck_require__(1074);
;// CONCATENATED MODULE: ./src/core/classify.ts
/**
 * Offline classification: from the secret's shape and the identity given beside it, the
 * credential's kind, the identity to authenticate with, and the verdicts that need no request
 * (malformed, removed, skipped).
 */






const PREFIXES = [
    { prefix: 'ATATT3', type: 'api-token', label: 'Atlassian API token' },
    { prefix: 'ATCTT3', type: 'access-token', label: 'access token' },
    { prefix: 'ATBB', type: 'app-password', label: 'app password' }
];
const looksLikeEmail = (text) => /^[^@\s]+@[^@\s]+$/.test(text);
/** The API-token scopes that replace an app password for this job. */
function replacementScopes(spec) {
    const fromPurposes = (0,purposes/* scopesForPurposes */.wB)(spec.purposes, 'granular');
    const declared = (0,scopes/* toVocabulary */.MB)(spec.scopes, 'granular');
    const all = [...new Set([...fromPurposes, ...declared])];
    if (all.length > 0)
        return all;
    return ['read:repository:bitbucket', 'write:repository:bitbucket'];
}
function appPasswordFinding(spec, now, legacy) {
    const scopes = replacementScopes(spec).join(', ');
    const what = legacy
        ? 'This looks like a legacy 20-character app password.'
        : 'This is an app password (ATBB…).';
    if (now < kinds/* APP_PASSWORD_REMOVED_AT */.v3) {
        return (0,core_findings/* finding */.gk)('app-password-removed', `${what} App passwords stop working on 2026-07-28. Replace it with an API token with the scopes: ${scopes}.`, 'warning');
    }
    return (0,core_findings/* finding */.gk)('app-password-removed', `${what} Bitbucket no longer accepts it. For this job the API token needs the scopes: ${scopes}.`);
}
function restIdentity(spec, type, findings) {
    const email = spec.email.trim();
    const username = spec.username.trim();
    if (type === 'api-token') {
        if (email && looksLikeEmail(email))
            return email;
        if (email) {
            findings.push((0,core_findings/* finding */.gk)('wrong-identity', 'The email input does not look like an email address. An API token authenticates to the REST API as Basic <Atlassian account email>:<token>. Set email to the address of the Atlassian account that created the token.'));
            return email;
        }
        if (username && looksLikeEmail(username))
            return username;
        findings.push((0,core_findings/* finding */.gk)('wrong-identity', username
            ? 'An API token was given with a username but no email. Bitbucket rejects the username with API tokens on the REST API: set email to the Atlassian account email that owns the token; the username only works for Git.'
            : 'An API token needs the email of the Atlassian account that created it: set email (REST uses Basic <email>:<token>).'));
        return username || null;
    }
    if (type === 'app-password')
        return username || email || null;
    if (type === 'unknown')
        return email || username || null;
    return null;
}
function classify(spec, now) {
    const findings = [];
    const base = {
        gitUsername: undefined,
        repository: undefined
    };
    if (spec.clientId.trim() || spec.clientSecret.trim()) {
        const secret = spec.clientSecret.trim();
        const empty = !secret || !spec.clientId.trim();
        if (empty)
            findings.push((0,core_findings/* finding */.gk)('empty-secret', `The OAuth consumer's ${secret ? 'client-id' : 'client-secret'} is empty.`));
        return {
            ...base,
            type: 'oauth-consumer',
            scheme: 'oauth-client-credentials',
            secret,
            restUser: spec.clientId.trim(),
            verdict: empty ? 'skipped' : null,
            expiry: null,
            findings
        };
    }
    const cleaned = cleanSecret(spec.token);
    const { secret } = cleaned;
    if (!secret) {
        findings.push((0,core_findings/* finding */.gk)('empty-secret', 'No secret was given for this credential, so it was not checked.'));
        return {
            ...base,
            type: 'unknown',
            scheme: 'bearer',
            secret,
            restUser: null,
            verdict: 'skipped',
            expiry: null,
            findings
        };
    }
    if (cleaned.removed.length > 0) {
        findings.push((0,core_findings/* finding */.gk)('whitespace-trimmed', `The secret was stored with ${cleaned.removed.join(', ')}; it was checked without them.`));
    }
    const known = PREFIXES.find((p) => secret.startsWith(p.prefix));
    let type = known?.type ?? 'unknown';
    let verdict = null;
    let expiry = null;
    if (known && !(0,checksum/* checksumMatches */.XK)(secret)) {
        findings.push((0,core_findings/* finding */.gk)('checksum-mismatch', `This ${known.label} (${secret.length} characters) fails its built-in checksum: the last 8 characters should be a CRC-32 of the rest, so part of it is missing or changed.`));
        verdict = 'malformed';
    }
    else if (!known && /^[A-Za-z0-9]{24}$/.test(secret) && !spec.username.trim()) {
        type = 'api-token';
        verdict = 'removed';
        expiry = { at: kinds/* LEGACY_TOKENS_EXPIRED_BY */.x6, source: 'lifetime-bound' };
        findings.push((0,core_findings/* finding */.gk)('legacy-token-format', 'This 24-character secret is a legacy, unscoped Atlassian API token. Bitbucket only accepts API tokens with scopes, and every token of this format expired by 2026-05-12.'));
    }
    else if (!known &&
        /^[A-Za-z0-9]{20}$/.test(secret) &&
        (spec.username.trim() || spec.email.trim())) {
        type = 'app-password';
    }
    if (type === 'app-password' && verdict === null) {
        const legacy = !secret.startsWith('ATBB');
        findings.push(appPasswordFinding(spec, now, legacy));
        if (now >= kinds/* APP_PASSWORD_REMOVED_AT */.v3) {
            verdict = 'removed';
            expiry = { at: kinds/* APP_PASSWORD_REMOVED_AT */.v3, source: 'removed' };
        }
    }
    const restUser = verdict === null ? restIdentity(spec, type, findings) : null;
    let scheme = kinds/* KINDS */.GW[type].scheme;
    if (type === 'unknown' && restUser)
        scheme = looksLikeEmail(restUser) ? 'basic-email' : 'basic-username';
    return {
        type,
        scheme,
        secret,
        restUser,
        gitUsername: cleaned.gitUsername,
        repository: cleaned.repository,
        verdict,
        expiry,
        findings
    };
}
/** Whether a declared Git username is wrong for the kind; the reason, or null when it is fine. */
function gitUsernameProblem(type, declared, bitbucketUsername) {
    const user = declared.trim();
    if (!user)
        return null;
    if (type === 'api-token') {
        if (looksLikeEmail(user))
            return 'An email address does not work as the Git username with an API token.';
        if (user === 'x-token-auth')
            return 'x-token-auth is the Git username of access tokens, not of API tokens.';
        if (user === kinds/* API_TOKEN_GIT_USER */.gp)
            return null;
        if (bitbucketUsername && user !== bitbucketUsername)
            return `This token belongs to the Bitbucket user "${bitbucketUsername}", not "${user}".`;
        return null;
    }
    if (type === 'app-password') {
        return looksLikeEmail(user)
            ? 'App passwords never accepted an email as the Git username.'
            : null;
    }
    if (type === 'unknown')
        return null;
    if (user !== 'x-token-auth') {
        return `${kinds/* KINDS */.GW[type].label} authenticates to Git with the literal username x-token-auth.`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/core/expiry.ts
/**
 * Expiry: choose the most trusted known date (admin API, declared, OAuth, lifetime bound),
 * count whole days left, and turn that into a finding by the warn/fail thresholds.
 */

const DAY_MS = 86_400_000;
const TRUST = ['removed', 'admin-api', 'declared', 'oauth', 'lifetime-bound'];
/** The most trusted of the known dates. */
function pickExpiry(known) {
    const sorted = [...known].sort((a, b) => TRUST.indexOf(a.source) - TRUST.indexOf(b.source));
    return sorted[0] ?? null;
}
function daysBetween(now, at) {
    return Math.floor((at.getTime() - now.getTime()) / DAY_MS);
}
const isoDay = (d) => d.toISOString().slice(0, 10);
function phrase(source, at) {
    const day = isoDay(at);
    switch (source) {
        case 'lifetime-bound':
            return `expires no later than ${day} (the longest life such a token can have)`;
        case 'admin-api':
            return `expires on ${day} (Atlassian admin API)`;
        case 'declared':
            return `expires on ${day} (declared expires-at)`;
        default:
            return `expires on ${day}`;
    }
}
/**
 * Evaluates one credential's expiry. `removed` and OAuth-consumer dates are reported without
 * expiry findings: a removed kind is explained by its own finding, and a consumer mints a new
 * token on every use.
 */
function evaluateExpiry(known, type, verdict, policy, now, checked = verdict === 'valid' || verdict === 'indeterminate') {
    const chosen = pickExpiry(known);
    const findings = [];
    if (!chosen) {
        if (checked && type !== 'oauth-consumer' && type !== 'oauth-access-token') {
            const kindHint = type.endsWith('access-token')
                ? 'Access tokens expire when the workspace admin chose (90, 180 or 365 days, or never).'
                : 'API tokens expire after at most one year, and Atlassian emails only the owner, one day ahead.';
            findings.push((0,core_findings/* finding */.gk)('expiry-unknown', `No expiry is known for this credential. ${kindHint}`, policy.failOnUnknownExpiry ? 'error' : 'warning'));
        }
        return { expiresAt: null, expirySource: null, daysLeft: null, expired: false, findings };
    }
    const daysLeft = daysBetween(now, chosen.at);
    const expired = chosen.at.getTime() <= now.getTime();
    const result = { expiresAt: chosen.at, expirySource: chosen.source, daysLeft, expired, findings };
    if (chosen.source === 'removed' || chosen.source === 'oauth')
        return { ...result, expired: false };
    if (verdict === 'removed' || verdict === 'malformed')
        return result;
    const conflict = known.find((k) => k.source === 'declared' && chosen.source === 'admin-api');
    const conflictNote = conflict && isoDay(conflict.at) !== isoDay(chosen.at)
        ? ` The declared expires-at (${isoDay(conflict.at)}) contradicts the Atlassian admin API; correct expires-at.`
        : '';
    if (expired) {
        const note = verdict === 'valid'
            ? ' Bitbucket still accepted it during this check: if the date is wrong, correct expires-at.'
            : '';
        findings.push((0,core_findings/* finding */.gk)('expired', `This credential ${phrase(chosen.source, chosen.at).replace('expires', 'expired')}, ${-daysLeft} day(s) ago.${note}${conflictNote}`));
    }
    else if (policy.failDays > 0 && daysLeft <= policy.failDays) {
        findings.push((0,core_findings/* finding */.gk)('expires-soon', `This credential ${phrase(chosen.source, chosen.at)}: ${daysLeft} day(s) left (fail-days is ${policy.failDays}).${conflictNote}`, 'error'));
    }
    else if (policy.warnDays > 0 && daysLeft <= policy.warnDays) {
        findings.push((0,core_findings/* finding */.gk)('expires-soon', `This credential ${phrase(chosen.source, chosen.at)}: ${daysLeft} day(s) left (warn-days is ${policy.warnDays}).${conflictNote}`));
    }
    else {
        findings.push((0,core_findings/* finding */.gk)('expires-in', `This credential ${phrase(chosen.source, chosen.at)}: ${daysLeft} day(s) left.${conflictNote}`, conflictNote ? 'warning' : 'notice'));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/evaluate.ts






const ORDER = { notice: 0, warning: 1, error: 2 };
function statusOf(findings) {
    const worst = Math.max(-1, ...findings.map((f) => ORDER[f.level]));
    return worst >= 2 ? 'failure' : worst === 1 ? 'warning' : 'ok';
}
function refineType(cls, probes) {
    if (cls.type === 'oauth-consumer')
        return cls.type;
    const header = probes.user?.credentialType ?? probes.repo?.credentialType ?? null;
    const fromHeader = header ? kinds/* CREDENTIAL_TYPE_HEADER */.jQ[header.toLowerCase()] : undefined;
    if (cls.type === 'access-token' && fromHeader && (0,kinds/* isAccessToken */.eo)(fromHeader))
        return fromHeader;
    if (cls.type === 'unknown') {
        if (fromHeader)
            return fromHeader;
        const accepted = [probes.user, probes.repo].some((p) => p?.outcome === 'accepted' || p?.outcome === 'forbidden');
        if (accepted && cls.scheme === 'bearer')
            return 'oauth-access-token';
    }
    return cls.type;
}
const authenticated = (p) => p?.outcome === 'accepted' || p?.outcome === 'forbidden';
function rejectionCauses(type, history) {
    const previously = history?.lastVerdict === 'valid' || history?.firstSeenValid
        ? `It was valid in an earlier check${history.firstSeenValid ? ` (first seen valid ${history.firstSeenValid.slice(0, 10)})` : ''}, so it was most likely revoked or has expired, not mistyped. `
        : '';
    switch (type) {
        case 'api-token':
            return `${previously}Likely causes, most likely first: (1) the token has no Bitbucket scopes (made with "Create API token" instead of "Create API token with scopes"); (2) the email is not the one of the Atlassian account that created the token; (3) the token expired or was revoked (API tokens live at most one year).`;
        case 'app-password':
            return `${previously}App passwords were removed on 2026-07-28.`;
        case 'oauth-consumer':
            return `${previously}Likely causes: (1) the client id or secret is wrong, or the consumer was deleted; (2) the consumer is marked public (the client-credentials grant needs a private consumer).`;
        case 'oauth-access-token':
            return `${previously}OAuth access tokens expire within hours: store the OAuth consumer's key and secret instead and let each run mint a token.`;
        case 'unknown':
            return `${previously}The secret matches no known Bitbucket format: check that it is the whole token, and give email (API token) or username beside it when the kind needs one.`;
        default:
            return `${previously}Likely causes, most likely first: (1) the access token expired (admins set 90, 180 or 365 days) or was revoked or rotated; (2) its repository, project or workspace was deleted or the repository transferred; (3) it is an Atlassian organization admin API key (same ATCTT3 prefix), not a Bitbucket access token.`;
    }
}
function decideVerdict(cls, type, probes, policy) {
    const findings = [];
    if (cls.verdict)
        return { verdict: cls.verdict, findings };
    if (policy.offline)
        return { verdict: 'skipped', findings };
    const indeterminateLevel = policy.failOnIndeterminate ? 'error' : 'warning';
    const gitAccepted = probes.git?.read?.outcome === 'accepted' || probes.declaredGit?.read?.outcome === 'accepted';
    if (probes.oauth && probes.oauth.outcome !== 'minted') {
        if (probes.oauth.outcome === 'rejected') {
            findings.push((0,core_findings/* finding */.gk)('credential-rejected', `The OAuth token endpoint refused the client-credentials grant: "${probes.oauth.detail ?? ''}". ${rejectionCauses(type, probes.history)}`));
            return { verdict: 'invalid', findings };
        }
        const code = probes.oauth.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate';
        findings.push((0,core_findings/* finding */.gk)(code, `The OAuth token endpoint could not be asked: ${probes.oauth.detail ?? 'no answer'}.`, indeterminateLevel));
        return { verdict: 'indeterminate', findings };
    }
    const rest = [probes.user, probes.repo].filter((p) => p !== undefined);
    if (probes.oauth?.outcome === 'minted' || rest.some(authenticated) || gitAccepted) {
        return { verdict: 'valid', findings };
    }
    if (probes.user?.outcome === 'rejected' ||
        probes.repo?.outcome === 'rejected' ||
        (rest.length === 0 && probes.git?.read?.outcome === 'rejected')) {
        const wrongIdentity = cls.findings.some((f) => f.code === 'wrong-identity');
        if (!wrongIdentity) {
            const said = probes.user?.detail || probes.repo?.detail;
            const scheme = kinds/* KINDS */.GW[type].restHint;
            findings.push((0,core_findings/* finding */.gk)('credential-rejected', `Bitbucket answered HTTP 401 to ${scheme}${said ? ` ("${said}")` : ''}. ${rejectionCauses(type, probes.history)}`));
        }
        return { verdict: 'invalid', findings };
    }
    const gone = rest.find((p) => p.outcome === 'gone');
    if (gone)
        return { verdict: 'removed', findings };
    const probesRun = [...rest, probes.git?.read].filter((p) => p !== undefined);
    if (probesRun.length === 0)
        return { verdict: 'skipped', findings };
    const limited = probesRun.find((p) => p.outcome === 'rate-limited');
    if (limited) {
        findings.push((0,core_findings/* finding */.gk)('rate-limited', `Bitbucket answered HTTP 429 (${limited.detail}), so the credential could not be checked.`, indeterminateLevel));
    }
    else {
        const why = probesRun.map((p) => p.detail).filter(Boolean)[0] ?? 'no usable answer';
        findings.push((0,core_findings/* finding */.gk)('indeterminate', `Bitbucket could not be asked: ${why}.`, indeterminateLevel));
    }
    return { verdict: 'indeterminate', findings };
}
function grantedScopes(probes) {
    if (probes.oauth?.outcome === 'minted' && probes.oauth.scopes && probes.oauth.scopes.length > 0) {
        return probes.oauth.scopes;
    }
    const lists = [probes.user?.scopes, probes.repo?.scopes].filter((s) => Array.isArray(s));
    return lists.length > 0 ? (0,scopes/* unique */.Am)(lists.flat()) : null;
}
function scopeFindings(spec, type, granted, probes) {
    const vocabulary = type === 'unknown'
        ? granted?.some(scopes/* isGranular */.$v)
            ? 'granular'
            : 'classic'
        : kinds/* KINDS */.GW[type].vocabulary;
    const required = (0,scopes/* unique */.Am)([
        ...(0,scopes/* toVocabulary */.MB)(spec.scopes, vocabulary),
        ...(0,purposes/* scopesForPurposes */.wB)(spec.purposes, vocabulary)
    ]);
    const findings = [];
    let missing = [];
    let excess = [];
    if (granted) {
        missing = (0,scopes/* missingScopes */["if"])(required, granted);
        if (missing.length > 0) {
            const all = (0,scopes/* unique */.Am)([
                ...required,
                ...granted.filter((g) => !(0,scopes/* excessScopes */.xL)([g], required).length)
            ]);
            findings.push((0,core_findings/* finding */.gk)('missing-scopes', `The job needs ${missing.length === 1 ? 'a scope' : 'scopes'} this credential lacks: ${missing.join(', ')}. Granted: ${granted.join(', ') || 'none'}. Create the replacement with: ${all.join(', ')}.`));
        }
        if (spec.purposes.length > 0) {
            excess = (0,scopes/* excessScopes */.xL)(granted, required);
            if (excess.length > 0) {
                findings.push((0,core_findings/* finding */.gk)('excess-scopes', `Granted but not needed for ${spec.purposes.join(', ')}: ${excess.join(', ')}. The narrower token needs only: ${required.join(', ') || 'no extra scopes'}.`));
            }
        }
    }
    const userForbidden = probes.user?.outcome === 'forbidden' && !(0,kinds/* isAccessToken */.eo)(type) && type !== 'oauth-consumer';
    if (userForbidden) {
        const need = probes.user?.requiredScopes.join(', ') ||
            (vocabulary === 'granular' ? 'read:user:bitbucket' : 'account');
        findings.push((0,core_findings/* finding */.gk)('read-user-scope-missing', `Bitbucket accepted the credential but answered 403 on /2.0/user (needs ${need}), so its user could not be read.`));
    }
    return { required, missing, excess, findings };
}
function repositoryFindings(spec, type, repo) {
    if (!spec.repository || !repo)
        return [];
    if (repo.outcome !== 'forbidden' && repo.outcome !== 'not-found')
        return [];
    const name = `${spec.repository.workspace}/${spec.repository.slug}`;
    const reach = (0,kinds/* reachOf */.xw)(type);
    const reachNote = reach
        ? ` This is a ${reach} access token: it reaches only its own ${reach}, and ${name} lies outside it.`
        : '';
    return [
        (0,core_findings/* finding */.gk)('repository-unreachable', `The credential is valid but cannot reach ${name} (HTTP ${repo.status}).${reachNote}`)
    ];
}
function gitResult(probes) {
    if (!probes.git)
        return null;
    const flag = (p) => p === undefined
        ? null
        : p.outcome === 'accepted'
            ? true
            : p.outcome === 'rejected' ||
                p.outcome === 'forbidden' ||
                p.outcome === 'gone' ||
                p.outcome === 'not-found'
                ? false
                : null;
    const result = {
        username: probes.git.username,
        read: flag(probes.git.read),
        write: flag(probes.git.write)
    };
    if (probes.declaredGit) {
        result.declared = {
            username: probes.declaredGit.username,
            read: flag(probes.declaredGit.read),
            write: flag(probes.declaredGit.write)
        };
    }
    return result;
}
function gitFindings(spec, type, probes, declaredUser, bitbucketUsername, existing, policy) {
    const findings = [];
    const has = (code) => existing.some((f) => f.code === code) || findings.some((f) => f.code === code);
    const problem = declaredUser ? gitUsernameProblem(type, declaredUser, bitbucketUsername) : null;
    const right = probes.git?.username ??
        kinds/* KINDS */.GW[type].gitUsername ??
        bitbucketUsername ??
        'your Bitbucket username';
    if (problem) {
        const tried = probes.declaredGit?.read
            ? ` Probed: with "${declaredUser}" Git ${probes.declaredGit.read.outcome === 'accepted' ? 'worked' : `said HTTP ${probes.declaredGit.read.status ?? 'nothing'}`}; with "${right}" it ${probes.git?.read?.outcome === 'accepted' ? 'worked' : `said HTTP ${probes.git?.read?.status ?? 'nothing'}`}.`
            : '';
        findings.push((0,core_findings/* finding */.gk)('git-username-wrong', `${problem} Use "${right}".${tried}`));
    }
    const git = probes.git;
    if (!git || !spec.repository)
        return findings;
    const name = `${spec.repository.workspace}/${spec.repository.slug}`;
    for (const [label, probe] of [
        ['clone (git-upload-pack)', git.read],
        ['push (git-receive-pack)', git.write]
    ]) {
        if (!probe)
            continue;
        if (probe.outcome === 'gone' && !has('app-password-removed')) {
            findings.push((0,core_findings/* finding */.gk)('app-password-removed', `Git answered HTTP 410 for ${name}: ${firstLine(probe.detail) || 'functionality has been deprecated'}.`));
        }
        else if (probe.outcome === 'not-found' && !has('repository-unreachable')) {
            findings.push((0,core_findings/* finding */.gk)('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`));
        }
        else if (probe.outcome === 'rejected' || probe.outcome === 'forbidden') {
            const vocabulary = kinds/* KINDS */.GW[type].vocabulary;
            const scope = label.startsWith('push')
                ? vocabulary === 'granular'
                    ? 'read:repository:bitbucket and write:repository:bitbucket'
                    : 'repository:write'
                : vocabulary === 'granular'
                    ? 'read:repository:bitbucket'
                    : 'repository';
            const cause = label.startsWith('push') && git.read?.outcome === 'accepted'
                ? `It can clone but not push: the token needs ${scope}, and branch restrictions may also block it.`
                : `Likely causes: the username "${git.username}" is wrong for this kind, the token lacks ${scope}, or it does not reach ${name}.`;
            findings.push((0,core_findings/* finding */.gk)('git-auth-failed', `Git ${label} for ${name} as "${git.username}" failed with HTTP ${probe.status}. ${cause}`));
        }
        else if ((probe.outcome === 'unavailable' || probe.outcome === 'rate-limited') &&
            !has('indeterminate') &&
            !has('rate-limited')) {
            findings.push((0,core_findings/* finding */.gk)(probe.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate', `Git over HTTPS could not be asked: ${probe.detail}.`, policy.failOnIndeterminate ? 'error' : 'warning'));
        }
    }
    return findings;
}
function firstLine(text) {
    return text
        .split('\n')
        .map((l) => l.replace(/^remote:\s*/, '').trim())
        .filter(Boolean)
        .slice(0, 2)
        .join(' ');
}
function usageFor(type, spec, bitbucketUsername, policy) {
    if (type === 'unknown' || type === 'app-password')
        return null;
    const base = new URL(policy.gitUrl);
    const prefix = `${base.protocol}//`;
    const hostPath = `${base.host}${base.pathname.replace(/\/$/, '')}`;
    const kind = kinds/* KINDS */.GW[type];
    const gitUsername = kind.gitUsername ?? bitbucketUsername ?? (spec.username || '<bitbucket-username>');
    const repo = spec.repository
        ? `${spec.repository.workspace}/${spec.repository.slug}`
        : '<workspace>/<repo>';
    const rest = type === 'api-token'
        ? `${kind.restHint} (in a URL, write the email's @ as %40: https://jdoe%40example.com:<token>@${policy.apiHost}/…)`
        : kind.restHint;
    return {
        rest,
        gitUsername,
        cloneUrl: `${prefix}${encodeURIComponent(gitUsername)}:<token>@${hostPath}/${repo}.git`
    };
}
function evaluate(spec, cls, probes, policy, now) {
    const type = refineType(cls, probes);
    const findings = [...cls.findings];
    const decision = decideVerdict(cls, type, probes, policy);
    findings.push(...decision.findings);
    let verdict = decision.verdict;
    const identity = probes.user?.identity ?? null;
    const bitbucketUsername = identity?.username ?? (spec.username && !spec.username.includes('@') ? spec.username : null);
    const granted = verdict === 'valid' ? grantedScopes(probes) : null;
    const scopes = scopeFindings(spec, type, granted, probes);
    if (verdict === 'valid') {
        findings.push(...scopes.findings);
        findings.push(...repositoryFindings(spec, type, probes.repo));
    }
    const declaredUser = spec.gitUsername || cls.gitUsername || '';
    if ((verdict !== 'malformed' && verdict !== 'skipped') || declaredUser) {
        findings.push(...gitFindings(spec, type, probes, declaredUser, bitbucketUsername, findings, policy));
    }
    const known = [];
    if (cls.expiry)
        known.push(cls.expiry);
    if (probes.admin?.outcome === 'found' && probes.admin.expiresAt)
        known.push({ at: probes.admin.expiresAt, source: 'admin-api' });
    if (spec.expiresAt)
        known.push({ at: spec.expiresAt, source: 'declared' });
    if (probes.oauth?.outcome === 'minted' && probes.oauth.expiresIn) {
        known.push({ at: new Date(now.getTime() + probes.oauth.expiresIn * 1000), source: 'oauth' });
    }
    const lifetimeTypes = [
        'api-token',
        'access-token',
        'repository-access-token',
        'project-access-token',
        'workspace-access-token'
    ];
    if (probes.history?.firstSeenValid && lifetimeTypes.includes(type)) {
        const first = new Date(probes.history.firstSeenValid);
        const bound = new Date(first.getTime() + policy.maxLifetimeDays * 86_400_000);
        // An upper bound that has passed while Bitbucket still accepts the token bounds nothing.
        if (bound > now || verdict !== 'valid')
            known.push({ at: bound, source: 'lifetime-bound' });
    }
    if (probes.admin &&
        probes.admin.outcome !== 'found' &&
        type === 'api-token' &&
        verdict === 'valid') {
        findings.push((0,core_findings/* finding */.gk)('expiry-unknown', `The Atlassian admin API gave no expiry: ${probes.admin.detail}`, 'warning'));
    }
    const emptySecret = findings.some((f) => f.code === 'empty-secret');
    const checked = verdict === 'valid' ||
        verdict === 'indeterminate' ||
        (verdict === 'skipped' && policy.offline && !emptySecret);
    const expiry = evaluateExpiry(known, type, verdict, policy, now, checked);
    findings.push(...expiry.findings.filter((f) => !(f.code === 'expiry-unknown' && findings.some((g) => g.code === 'expiry-unknown'))));
    if (expiry.expired &&
        ['valid', 'invalid', 'indeterminate', 'skipped'].includes(verdict) &&
        !emptySecret) {
        verdict = 'expired';
        const rejected = findings.findIndex((f) => f.code === 'credential-rejected');
        if (rejected >= 0)
            findings.splice(rejected, 1);
    }
    if (type === 'oauth-access-token' && verdict === 'valid') {
        findings.push((0,core_findings/* finding */.gk)('expires-soon', 'This is an OAuth access token: it expires within hours (1–2 h), so the job will fail soon after it was stored. Store the OAuth consumer (client-id and client-secret) instead and mint a token per run.'));
    }
    if (type === 'oauth-consumer' && verdict === 'valid') {
        findings.push((0,core_findings/* finding */.gk)('expires-in', `The consumer's key and secret do not expire; each run mints a new access token${probes.oauth?.expiresIn ? ` (this one for ${Math.round(probes.oauth.expiresIn / 60)} minutes)` : ''}.`));
    }
    return {
        name: spec.name,
        type,
        verdict,
        status: statusOf(findings),
        identity: identity ? { username: identity.username, accountId: identity.accountId } : null,
        scopes: granted ?? [],
        missingScopes: scopes.missing,
        excessScopes: scopes.excess,
        reach: (0,kinds/* reachOf */.xw)(type),
        expiresAt: expiry.expiresAt ? expiry.expiresAt.toISOString() : null,
        expirySource: expiry.expirySource,
        daysLeft: expiry.daysLeft,
        git: gitResult(probes),
        usage: ['malformed', 'removed'].includes(verdict) || (verdict === 'skipped' && emptySecret)
            ? null
            : usageFor(type, spec, bitbucketUsername, policy),
        findings
    };
}

;// CONCATENATED MODULE: ./src/core/probe-result.ts
function unavailable(detail, status = null) {
    return {
        outcome: 'unavailable',
        status,
        detail,
        credentialType: null,
        scopes: null,
        requiredScopes: [],
        identity: null
    };
}

;// CONCATENATED MODULE: ./src/probe/probe-git.ts

function gitRefsUrl(gitUrl, repository, service) {
    const path = `${encodeURIComponent(repository.workspace)}/${encodeURIComponent(repository.slug)}`;
    return `${gitUrl}/${path}.git/info/refs?service=${service}`;
}
async function probeGit(client, gitUrl, repository, service, authorization, deadline) {
    const outcome = await client.send({
        url: gitRefsUrl(gitUrl, repository, service),
        headers: {
            Authorization: authorization,
            'User-Agent': 'git/2.39.5 (bitbucket-credential-check)',
            'Git-Protocol': 'version=2'
        }
    }, deadline);
    if (outcome.kind === 'error')
        return unavailable(outcome.error);
    const { status, headers, text } = outcome.response;
    const result = { ...unavailable(''), status, detail: text.slice(0, 300) };
    if (status === 200) {
        const type = headers.get('content-type') ?? '';
        if (type.includes(`application/x-${service}-advertisement`) ||
            text.includes(`# service=${service}`)) {
            return { ...result, outcome: 'accepted', detail: '' };
        }
        return unavailable(`HTTP 200 without a Git ref advertisement (content-type ${type || 'none'})`, status);
    }
    if (status === 401)
        return { ...result, outcome: 'rejected' };
    if (status === 403)
        return { ...result, outcome: 'forbidden' };
    if (status === 404)
        return { ...result, outcome: 'not-found' };
    if (status === 410)
        return { ...result, outcome: 'gone' };
    if (status === 429)
        return { ...unavailable('HTTP 429: rate limited', status), outcome: 'rate-limited' };
    return unavailable(status >= 300 && status < 400
        ? `HTTP ${status} redirect; not followed with credentials`
        : `HTTP ${status}`, status);
}

;// CONCATENATED MODULE: ./src/probe/probe-oauth.ts
async function mintToken(client, oauthUrl, basicAuthorization, deadline, mask) {
    const outcome = await client.send({
        url: oauthUrl,
        method: 'POST',
        headers: {
            Authorization: basicAuthorization,
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json'
        },
        body: 'grant_type=client_credentials'
    }, deadline);
    if (outcome.kind === 'error')
        return { outcome: 'unavailable', detail: outcome.error };
    const { status, text } = outcome.response;
    let body = {};
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object')
            body = parsed;
    }
    catch {
        /* handled below */
    }
    if (status === 200 && typeof body.access_token === 'string') {
        mask(body.access_token);
        if (typeof body.refresh_token === 'string')
            mask(body.refresh_token);
        const scopeText = typeof body.scope === 'string'
            ? body.scope
            : typeof body.scopes === 'string'
                ? body.scopes
                : '';
        return {
            outcome: 'minted',
            accessToken: body.access_token,
            expiresIn: typeof body.expires_in === 'number' ? body.expires_in : null,
            scopes: scopeText.split(/[\s,]+/).filter(Boolean)
        };
    }
    if (status === 400 || status === 401) {
        const detail = typeof body.error_description === 'string'
            ? body.error_description
            : typeof body.error === 'string'
                ? body.error
                : `HTTP ${status}`;
        return { outcome: 'rejected', status, detail };
    }
    if (status === 429)
        return { outcome: 'rate-limited', detail: 'HTTP 429 from the OAuth token endpoint' };
    return {
        outcome: 'unavailable',
        detail: status === 200
            ? 'HTTP 200 without an access token'
            : `HTTP ${status} from the OAuth token endpoint`
    };
}

;// CONCATENATED MODULE: ./src/probe/probe-rest.ts

function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
function parseScopesHeader(value) {
    if (value === null)
        return null;
    return value
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Turns one REST answer into a probe result. */
function readRestOutcome(outcome, wantIdentity) {
    if (outcome.kind === 'error')
        return unavailable(outcome.error);
    const { status, headers, text } = outcome.response;
    const body = parseJson(text);
    const errorBody = (body && typeof body === 'object' ? body : {});
    const bitbucketJson = errorBody.type === 'error' || (body !== undefined && typeof body === 'object');
    const base = {
        outcome: 'unavailable',
        status,
        detail: typeof errorBody.error?.message === 'string' ? errorBody.error.message : '',
        credentialType: headers.get('x-credential-type'),
        scopes: parseScopesHeader(headers.get('x-oauth-scopes')),
        requiredScopes: [],
        identity: null
    };
    if (status >= 200 && status < 300) {
        if (body === undefined || typeof body !== 'object' || body === null) {
            return unavailable(`HTTP ${status} with a body that is not JSON (truncated, or not Bitbucket)`, status);
        }
        if (wantIdentity) {
            const user = body;
            const text = (key) => (typeof user[key] === 'string' ? user[key] : null);
            base.identity = {
                username: text('username') ?? text('nickname'),
                accountId: text('account_id'),
                displayName: text('display_name')
            };
        }
        return { ...base, outcome: 'accepted' };
    }
    if (status === 401)
        return { ...base, outcome: 'rejected' };
    if (status === 403) {
        if (!bitbucketJson && base.credentialType === null) {
            return unavailable(`HTTP 403 with a body that is not Bitbucket's (a proxy or firewall?)`, status);
        }
        const detail = typeof errorBody.error?.detail === 'object' ? errorBody.error.detail : undefined;
        const granted = strings(detail?.granted);
        return {
            ...base,
            outcome: 'forbidden',
            requiredScopes: strings(detail?.required),
            scopes: base.scopes ?? (granted.length > 0 ? granted : null)
        };
    }
    if (status === 404)
        return { ...base, outcome: 'not-found' };
    if (status === 410)
        return { ...base, outcome: 'gone' };
    if (status === 429)
        return {
            ...unavailable('HTTP 429: rate limit for this resource has been exceeded', status),
            outcome: 'rate-limited'
        };
    if (status >= 300 && status < 400) {
        const location = headers.get('location') ?? '';
        let host = 'another location';
        try {
            host = new URL(location, 'http://x').host || host;
        }
        catch {
            /* keep the generic wording */
        }
        return unavailable(`HTTP ${status} redirect to ${host}; not followed with credentials`, status);
    }
    const kind = /^\s*</.test(text)
        ? 'an HTML page'
        : body === undefined
            ? 'a body that is not JSON'
            : 'an error';
    return unavailable(`HTTP ${status} with ${kind}`, status);
}
async function probeUser(client, target) {
    const outcome = await client.send({
        url: `${target.apiUrl}/user`,
        headers: { Authorization: target.authorization, Accept: 'application/json' }
    }, target.deadline);
    return readRestOutcome(outcome, true);
}
async function probeRepository(client, target, repository) {
    const path = `${encodeURIComponent(repository.workspace)}/${encodeURIComponent(repository.slug)}`;
    const outcome = await client.send({
        url: `${target.apiUrl}/repositories/${path}?fields=full_name,is_private`,
        headers: { Authorization: target.authorization, Accept: 'application/json' }
    }, target.deadline);
    return readRestOutcome(outcome, false);
}

;// CONCATENATED MODULE: ./src/check/secret-forms.ts
/** Every form of a secret that could reach a log: raw, trimmed, URL-encoded, and Basic-auth base64. */
function basic(user, secret) {
    return Buffer.from(`${user}:${secret}`).toString('base64');
}
function secretForms(secret, users) {
    if (!secret)
        return [];
    const forms = [
        secret,
        secret.trim(),
        encodeURIComponent(secret),
        Buffer.from(secret).toString('base64')
    ];
    for (const user of users) {
        if (user)
            forms.push(basic(user, secret), `${user}:${secret}`, `${encodeURIComponent(user)}:${encodeURIComponent(secret)}`);
    }
    return [...new Set(forms.filter((f) => f.length >= 4))];
}

;// CONCATENATED MODULE: ./src/check/check-credential.ts
/**
 * Checks one credential: classify offline, mask every derived form, run the probes it needs
 * concurrently within its budget, then evaluate (pure).
 */








/** The Git username the kind needs, and the one the job declared when it differs. */
function gitUsernames(cls, spec) {
    const declared = (spec.gitUsername || cls.gitUsername || '').trim();
    const kindUser = kinds/* KINDS */.GW[cls.type].gitUsername;
    const right = kindUser ?? (spec.username.trim() || declared || kinds/* API_TOKEN_GIT_USER */.gp);
    const altOk = cls.type === 'api-token' &&
        declared &&
        spec.username.trim() === declared &&
        !declared.includes('@');
    return { right, declared: declared && declared !== right && !altOk ? declared : null };
}
function shouldProbeGit(spec, mode, repositoryKnown) {
    if (!repositoryKnown || mode === 'false')
        return false;
    if (mode === 'true')
        return true;
    return (0,purposes/* gitNeed */.NP)(spec.purposes) !== null || spec.gitUsername.trim() !== '';
}
async function checkCredential(spec, ctx, fingerprint) {
    const now = ctx.now();
    const deadline = Date.now() + ctx.timeoutSeconds * 1000;
    const cls = classify(spec, now);
    const repository = spec.repository ?? cls.repository;
    const effective = { ...spec, repository };
    const { right, declared } = gitUsernames(cls, spec);
    for (const form of secretForms(cls.secret, [
        cls.restUser ?? '',
        right,
        declared ?? '',
        'x-token-auth',
        kinds/* API_TOKEN_GIT_USER */.gp
    ]))
        ctx.mask(form);
    for (const form of secretForms(spec.token, []))
        ctx.mask(form);
    const probes = { history: ctx.history?.(fingerprint) };
    if (cls.verdict === null && !ctx.policy.offline) {
        let bearer = cls.secret;
        if (cls.type === 'oauth-consumer') {
            const oauth = await mintToken(ctx.client, ctx.oauthUrl, `Basic ${basic(cls.restUser ?? '', cls.secret)}`, deadline, ctx.mask);
            probes.oauth =
                oauth.outcome === 'minted'
                    ? { outcome: 'minted', expiresIn: oauth.expiresIn, scopes: oauth.scopes }
                    : { outcome: oauth.outcome, detail: oauth.detail };
            bearer = oauth.outcome === 'minted' ? oauth.accessToken : '';
        }
        const scheme = cls.scheme === 'oauth-client-credentials' ? 'bearer' : cls.scheme;
        const authorization = scheme === 'bearer'
            ? bearer
                ? `Bearer ${bearer}`
                : null
            : cls.restUser
                ? `Basic ${basic(cls.restUser, cls.secret)}`
                : null;
        const tasks = [];
        if (authorization) {
            const target = { apiUrl: ctx.apiUrl, authorization, deadline };
            tasks.push(probeUser(ctx.client, target).then((r) => void (probes.user = r)));
            if (repository)
                tasks.push(probeRepository(ctx.client, target, repository).then((r) => void (probes.repo = r)));
        }
        if (bearer && repository && shouldProbeGit(spec, ctx.checkGit, true)) {
            const write = (0,purposes/* gitNeed */.NP)(spec.purposes) === 'write';
            const gitProbes = (username) => {
                const result = { username };
                const auth = `Basic ${basic(username, bearer)}`;
                const runs = [
                    probeGit(ctx.client, ctx.gitUrl, repository, 'git-upload-pack', auth, deadline).then((r) => void (result.read = r))
                ];
                if (write)
                    runs.push(probeGit(ctx.client, ctx.gitUrl, repository, 'git-receive-pack', auth, deadline).then((r) => void (result.write = r)));
                return [result, Promise.all(runs).then(() => undefined)];
            };
            const [main, mainRun] = gitProbes(right);
            probes.git = main;
            tasks.push(mainRun);
            if (declared) {
                const [other, otherRun] = gitProbes(declared);
                probes.declaredGit = other;
                tasks.push(otherRun);
            }
        }
        await Promise.all(tasks);
        if (ctx.adminLookup && cls.type === 'api-token') {
            probes.admin = await ctx.adminLookup(probes.user?.identity ?? null, spec);
        }
    }
    return evaluate(effective, cls, probes, ctx.policy, now);
}

;// CONCATENATED MODULE: ./src/check/pool.ts
/** Runs tasks with at most `limit` at once; results keep the input order. */
async function mapPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/check/run-check.ts
/** Checks every credential of the settings through a bounded pool and builds the report. */





/** A stable, non-reversible name for a secret, for state kept between runs. */
function fingerprint(spec) {
    const secret = (spec.clientId ? `${spec.clientId}:${spec.clientSecret}` : spec.token).trim();
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`bitbucket-credential-check:${secret}`)
        .digest('hex')
        .slice(0, 16);
}
function policyOf(settings) {
    const host = (url) => new URL(url).host;
    return {
        warnDays: settings.warnDays,
        failDays: settings.failDays,
        failOnIndeterminate: settings.failOnIndeterminate,
        failOnUnknownExpiry: settings.failOnUnknownExpiry,
        maxLifetimeDays: settings.maxLifetimeDays,
        offline: settings.offline,
        gitUrl: settings.gitUrl,
        apiHost: host(settings.apiUrl)
    };
}
async function runCheck(settings, options) {
    const now = options.now ?? (() => new Date());
    const client = new http_client/* HttpClient */.Qq({
        allowedBases: [settings.apiUrl, settings.gitUrl, settings.oauthUrl],
        requestTimeoutMs: Math.min(10_000, settings.timeoutSeconds * 1000),
        fetch: options.fetch
    });
    const ctx = {
        client,
        apiUrl: settings.apiUrl,
        gitUrl: settings.gitUrl,
        oauthUrl: settings.oauthUrl,
        checkGit: settings.checkGit,
        timeoutSeconds: settings.timeoutSeconds,
        policy: policyOf(settings),
        now,
        mask: options.mask,
        history: options.history,
        adminLookup: options.adminLookup
    };
    const results = await mapPool(settings.credentials, settings.concurrency, (spec) => checkCredential(spec, ctx, fingerprint(spec)));
    return (0,report/* buildReport */.FK)(results, now());
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7593);
/* harmony import */ var _cli_demo_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8987);
/* harmony import */ var _cli_help_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7911);
/* harmony import */ var _check_redactor_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(9950);
/* harmony import */ var _check_run_check_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(153);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8557);
/* harmony import */ var _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9293);
/* harmony import */ var _inputs_settings_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9157);
/* harmony import */ var _probe_probe_admin_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8574);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(856);
/* harmony import */ var _report_render_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4377);
/* harmony import */ var _report_render_table_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(7445);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(311);
/** The CLI adapter for any CI: flags and environment in, a table (or json/markdown/github) out. */














const NAME = 'bitbucket-credential-check';
function render(report, args, demo) {
    const colour = args.colour ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
    const banner = demo
        ? 'DEMO: sample credentials checked against the built-in Bitbucket emulator on loopback (no real account).\n\n'
        : '';
    switch (args.format) {
        case 'json':
            return JSON.stringify(demo ? { demo: true, ...report } : report, null, 2) + '\n';
        case 'markdown':
            return (0,_report_render_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .renderSummary */ .B)(report, { title: demo ? 'DEMO: Bitbucket credentials' : undefined });
        case 'github':
            return ((demo ? '::notice title=DEMO::Sample credentials against the built-in emulator\n' : '') +
                (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_9__/* .renderWorkflowCommands */ .e5)(report));
        default:
            return banner + (0,_report_render_table_js__WEBPACK_IMPORTED_MODULE_11__/* .renderTable */ .b)(report, colour);
    }
}
async function main(argv, env) {
    const redactor = new _check_redactor_js__WEBPACK_IMPORTED_MODULE_12__/* .Redactor */ .p();
    let demo;
    try {
        const args = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCli */ .wE)(argv, env);
        if (args.help) {
            process.stdout.write((0,_cli_help_js__WEBPACK_IMPORTED_MODULE_3__/* .helpText */ .B)());
            return 0;
        }
        if (args.version) {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x}\n`);
            return 0;
        }
        for (const warning of args.warnings)
            process.stderr.write(`${NAME}: warning: ${warning}\n`);
        if (args.demo) {
            demo = await (0,_cli_demo_js__WEBPACK_IMPORTED_MODULE_2__/* .startDemo */ .m)(new Date());
            Object.assign(args.values, demo.values);
        }
        const settings = (0,_inputs_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .readSettings */ .sb)({
            get: (name) => args.values[name] ?? '',
            readFile: (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'),
            env,
            mask: (secret) => redactor.add(secret)
        });
        const report = await (0,_check_run_check_js__WEBPACK_IMPORTED_MODULE_4__/* .runCheck */ .k_)(settings, {
            mask: (secret) => redactor.add(secret),
            adminLookup: settings.atlassianAdminKey && !settings.offline ? (0,_probe_probe_admin_js__WEBPACK_IMPORTED_MODULE_8__/* .adminExpiryLookup */ .DX)(settings) : undefined
        });
        process.stdout.write(redactor.redact(render(report, args, Boolean(demo))));
        if (settings.trackingIssue) {
            const { syncTrackingIssue } = await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 5091));
            await syncTrackingIssue(settings, report, undefined, redactor);
        }
        return demo ? 0 : (0,_core_report_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)(report, args.strict);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz) {
            process.stderr.write(`${NAME}: ${redactor.redact(message).split('\n')[0]} Run '${NAME} --help' for usage.\n`);
            return 2;
        }
        process.stderr.write(`${NAME}: unexpected error: ${redactor.redact(message)}. Re-run; report it if it persists.\n`);
        return 1;
    }
    finally {
        await demo?.emulator.stop();
    }
}
process.exitCode = await main(process.argv.slice(2), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pD: () => (/* binding */ envName),
/* harmony export */   wE: () => (/* binding */ parseCli)
/* harmony export */ });
/* unused harmony export FORMATS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9157);
/* harmony import */ var _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9293);
/** CLI flags and their environment variables, turned into raw setting values. */



const FORMATS = ['table', 'json', 'markdown', 'github'];
const SECRET_FLAGS = ['token', 'client-secret', 'atlassian-admin-key', 'github-token'];
const BOOLEAN_FLAGS = ['strict', 'demo', 'help', 'version', 'no-color', 'color'];
/** BITBUCKET_TOKEN for --token, BITBUCKET_WARN_DAYS for --warn-days, … */
const envName = (key) => `BITBUCKET_${key.toUpperCase().replace(/-/g, '_')}`;
function parseCli(argv, env) {
    const options = {};
    for (const key of _inputs_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTING_KEYS */ .GS)
        options[key] = { type: 'string' };
    options.format = { type: 'string', short: 'f' };
    for (const flag of BOOLEAN_FLAGS)
        options[flag] = { type: 'boolean' };
    options.help.short = 'h';
    options.version.short = 'v';
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: false, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(message);
        if (unknown) {
            throw new _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unknown option '${unknown[1]}${unknown[2]}'.${(0,_inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .ZA)(unknown[2], Object.keys(options)).replace(/'([^']+)'\?$/, "'--$1'?")}`);
        }
        const missing = /Option '(-\w, )?--([\w-]+) <value>' argument missing/.exec(message);
        if (missing)
            throw new _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`option '--${missing[2]}' needs a value.`);
        const ambiguous = /Option '(-\w, )?--([\w-]+)' argument is ambiguous/.exec(message);
        if (ambiguous)
            throw new _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`option '--${ambiguous[2]}' got a value that starts with '-': write it as --${ambiguous[2]}=<value>.`);
        throw new _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(message.replace(/\.$/, '') + '.');
    }
    const flags = parsed.values;
    const values = {};
    const warnings = [];
    for (const key of _inputs_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTING_KEYS */ .GS) {
        const flag = flags[key];
        if (typeof flag === 'string') {
            values[key] = flag;
            if (SECRET_FLAGS.includes(key) && flag.trim()) {
                warnings.push(`--${key} was given as a flag: flags show up in process lists and shell history. Prefer the environment variable ${envName(key)}.`);
            }
        }
        else {
            values[key] = env[envName(key)] ?? (key === 'github-token' ? (env.GITHUB_TOKEN ?? '') : '');
        }
    }
    const formatRaw = (typeof flags.format === 'string' ? flags.format : env.BITBUCKET_FORMAT) ?? 'table';
    if (!FORMATS.includes(formatRaw)) {
        throw new _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid --format '${formatRaw}'.${(0,_inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .ZA)(formatRaw, FORMATS)} Expected one of: ${FORMATS.join(', ')}.`);
    }
    return {
        values,
        format: formatRaw,
        strict: flags.strict === true || /^(true|1)$/i.test(env.BITBUCKET_STRICT ?? ''),
        demo: flags.demo === true,
        help: flags.help === true,
        version: flags.version === true,
        colour: flags['no-color'] === true ? false : flags.color === true ? true : null,
        warnings
    };
}


/***/ }),

/***/ 8987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ startDemo)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: ./src/core/scopes.ts
var scopes = __nccwpck_require__(1074);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/core/checksum.ts
var checksum = __nccwpck_require__(1688);
;// CONCATENATED MODULE: ./src/emulator/tokens.ts
/** Makes secrets shaped like Bitbucket's (prefix, body, CRC-32 suffix), deterministic per seed. */


function body(seed, length) {
    let out = '';
    for (let i = 0; out.length < length; i++) {
        out += (0,external_node_crypto_.createHash)('sha256').update(`${seed}:${i}`).digest('base64url');
    }
    return out.slice(0, length);
}
/** A 192-character API token (ATATT3…). */
const makeApiToken = (seed) => (0,checksum/* withChecksum */.i7)(`ATATT3xFfGF0${body(seed, 171)}=`);
/** A 192-character repository/project/workspace access token (ATCTT3…). */
const makeAccessToken = (seed) => (0,checksum/* withChecksum */.i7)(`ATCTT3xFfGN0${body(seed, 171)}=`);
/** A 36-character app password (ATBB…). */
const makeAppPassword = (seed) => (0,checksum/* withChecksum */.i7)(`ATBB${body(seed, 24).replace(/[-_]/g, 'x')}`);
/** An opaque OAuth access token. */
const makeOAuthToken = (seed) => `${body(seed, 64)}==`;

;// CONCATENATED MODULE: ./src/emulator/emulator.ts
/**
 * A Bitbucket Cloud emulator on loopback: /2.0/user and /2.0/repositories with the headers,
 * status codes and bodies of the facts file, the OAuth token endpoint, Git over HTTPS (real
 * `git http-backend` when a project root is given), the Atlassian admin API, and switchable
 * faults (latency, hangs, resets, 429, 5xx, HTML pages, truncated or non-JSON bodies).
 */




const API_TOKEN_401 = {
    type: 'error',
    error: { message: 'Token is invalid, expired, or not supported for this endpoint.' }
};
const CREDENTIAL_TYPE = {
    'api-token': 'api_token',
    'repository-access-token': 'repo_access_token',
    'project-access-token': 'project_access_token',
    'workspace-access-token': 'workspace_access_token'
};
function has(token, scope) {
    const all = new Set();
    for (const s of token.scopes) {
        all.add(s);
        for (const i of scopes/* CLASSIC_IMPLIES */.Dx[s] ?? [])
            all.add(i);
    }
    return all.has(scope);
}
function send(res, status, body, headers = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
        server: 'envoy',
        ...headers
    });
    res.end(text);
}
function parseAuth(header) {
    if (!header)
        return { scheme: 'none', user: '', secret: '' };
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme))
        return { scheme: 'bearer', user: '', secret: value };
    if (/^basic$/i.test(scheme)) {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        return { scheme: 'basic', user: decoded.slice(0, i), secret: decoded.slice(i + 1) };
    }
    return { scheme: 'none', user: '', secret: '' };
}
class BitbucketEmulator {
    options;
    requests = [];
    server;
    minted = [];
    faultUses = new Map();
    url = '';
    constructor(options = {}) {
        this.options = options;
    }
    get apiUrl() {
        return `${this.url}/2.0`;
    }
    get oauthUrl() {
        return `${this.url}/site/oauth2/access_token`;
    }
    async start() {
        this.server = (0,external_node_http_.createServer)((req, res) => void this.handle(req, res));
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${this.server.address().port}`;
        return this;
    }
    async stop() {
        this.server?.closeAllConnections();
        await new Promise((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
    }
    fault(path) {
        for (const f of this.options.faults ?? []) {
            if (f.path && !f.path.test(path))
                continue;
            const used = this.faultUses.get(f) ?? 0;
            if (f.times !== undefined && used >= f.times)
                continue;
            this.faultUses.set(f, used + 1);
            return f;
        }
        return undefined;
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://emulator');
        const auth = parseAuth(req.headers.authorization);
        this.requests.push({
            method: req.method ?? 'GET',
            path: url.pathname + url.search,
            scheme: auth.scheme,
            host: req.headers.host ?? ''
        });
        if (this.options.latencyMs)
            await new Promise((r) => setTimeout(r, this.options.latencyMs));
        const fault = this.fault(url.pathname);
        if (fault && this.applyFault(fault, res))
            return;
        try {
            if (url.pathname === '/2.0/user')
                return this.user(auth, res);
            const repo = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
            if (repo)
                return this.repository(auth, `${decodeURIComponent(repo[1])}/${decodeURIComponent(repo[2])}`, res);
            if (url.pathname === '/site/oauth2/access_token' && req.method === 'POST')
                return await this.oauth(req, auth, res);
            const admin = /^\/admin\/api-access\/v1\/orgs\/([^/]+)\/api-tokens$/.exec(url.pathname);
            if (admin)
                return this.adminTokens(decodeURIComponent(admin[1]), auth, url, res);
            const git = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(url.pathname);
            if (git)
                return await this.git(req, res, auth, `${git[1]}/${git[2]}`, git[3], url);
            send(res, 404, { type: 'error', error: { message: 'Resource not found' } });
        }
        catch (error) {
            if (!res.headersSent)
                send(res, 500, { type: 'error', error: { message: String(error) } });
        }
    }
    applyFault(fault, res) {
        switch (fault.kind) {
            case 'hang':
                return true;
            case 'reset':
                res.socket?.destroy();
                return true;
            case 'status-503':
            case 'status-502':
                send(res, fault.kind === 'status-503' ? 503 : 502, 'upstream connect error or disconnect/reset before headers', {});
                return true;
            case 'html-500':
                res.writeHead(500, { 'content-type': 'text/html' });
                res.end('<!DOCTYPE html><html><head><title>Something went wrong</title></head><body><h1>500</h1></body></html>');
                return true;
            case 'rate-limit':
                send(res, 429, 'Rate limit for this resource has been exceeded', fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
                return true;
            case 'truncated':
                res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
                res.write('{"type": "user", "username": "jd');
                setTimeout(() => res.socket?.destroy(), 10);
                return true;
            case 'non-json':
                res.writeHead(200, { 'content-type': 'text/html' });
                res.end('<html><body>Please sign in to your network</body></html>');
                return true;
            case 'redirect':
                res.writeHead(302, { location: 'https://evil.example.com/collect' });
                res.end();
                return true;
        }
    }
    /** The token behind a request, or the reason Bitbucket would refuse it. */
    resolve(auth) {
        if (auth.scheme === 'none')
            return null;
        const token = [...(this.options.tokens ?? []), ...this.minted].find((t) => t.secret === auth.secret);
        if (!token || token.revoked)
            return null;
        if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now())
            return null;
        if (token.kind === 'app-password' || token.kind === 'unscoped-api-token')
            return null;
        if (token.kind === 'api-token') {
            return auth.scheme === 'basic' &&
                auth.user.toLowerCase() === token.account?.email.toLowerCase()
                ? token
                : null;
        }
        return auth.scheme === 'bearer' ? token : null;
    }
    scopeHeaders(token, accepted) {
        const headers = {
            'x-oauth-scopes': token.scopes.join(', '),
            'x-accepted-oauth-scopes': accepted
        };
        const type = CREDENTIAL_TYPE[token.kind];
        if (type)
            headers['x-credential-type'] = type;
        return headers;
    }
    unauthorized(auth, res) {
        const token = (this.options.tokens ?? []).find((t) => t.secret === auth.secret);
        const apiTokenish = auth.secret.startsWith('ATATT') ||
            token?.kind === 'api-token' ||
            token?.kind === 'unscoped-api-token';
        send(res, 401, apiTokenish ? API_TOKEN_401 : '', {
            'www-authenticate': 'Basic realm="Bitbucket.org HTTP"'
        });
    }
    forbidden(token, required, accepted, res) {
        send(res, 403, {
            type: 'error',
            error: {
                message: 'Your credentials lack one or more required privilege scopes.',
                detail: { required: [required], granted: token.scopes }
            }
        }, this.scopeHeaders(token, accepted));
    }
    user(auth, res) {
        const token = this.resolve(auth);
        if (!token)
            return this.unauthorized(auth, res);
        const granular = token.kind === 'api-token';
        const required = granular ? 'read:user:bitbucket' : 'account';
        if (token.kind.endsWith('access-token') && token.kind !== 'oauth-access-token') {
            return send(res, 403, { type: 'error', error: { message: 'Access tokens are not users.' } }, this.scopeHeaders(token, 'account'));
        }
        if (!has(token, required))
            return this.forbidden(token, required, required, res);
        const a = token.account;
        send(res, 200, {
            type: 'user',
            username: a?.username ?? 'app-user',
            nickname: a?.username ?? 'app-user',
            account_id: a?.accountId ?? null,
            display_name: a?.displayName ?? 'App user',
            uuid: '{00000000-0000-4000-8000-000000000000}'
        }, this.scopeHeaders(token, required));
    }
    reaches(token, fullName) {
        return !token.repositories || token.repositories.includes(fullName);
    }
    repository(auth, fullName, res) {
        const token = this.resolve(auth);
        if (!token)
            return this.unauthorized(auth, res);
        const granular = token.kind === 'api-token';
        const required = granular ? 'read:repository:bitbucket' : 'repository';
        if (!(this.options.repositories ?? []).includes(fullName)) {
            return send(res, 404, { type: 'error', error: { message: `Repository ${fullName} not found` } }, this.scopeHeaders(token, required));
        }
        if (!has(token, required))
            return this.forbidden(token, required, required, res);
        if (!this.reaches(token, fullName)) {
            return send(res, 403, {
                type: 'error',
                error: { message: 'Access denied. You must have read access to this repository.' }
            }, this.scopeHeaders(token, required));
        }
        send(res, 200, { type: 'repository', full_name: fullName, is_private: true }, this.scopeHeaders(token, required));
    }
    async oauth(req, auth, res) {
        const chunks = [];
        for await (const chunk of req)
            chunks.push(chunk);
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const consumer = (this.options.consumers ?? []).find((c) => auth.scheme === 'basic' && c.key === auth.user && c.secret === auth.secret);
        if (!consumer) {
            return send(res, 401, {
                error_description: 'Requests must be authenticated using OAuth client credentials',
                error: 'unauthorized_client'
            });
        }
        if (form.get('grant_type') !== 'client_credentials')
            return send(res, 400, {
                error: 'unsupported_grant_type',
                error_description: 'Unsupported grant type'
            });
        if (consumer.public) {
            return send(res, 400, {
                error: 'unauthorized_client',
                error_description: 'Cannot use client_credentials with a consumer marked as "public". Calls for auto generated consumers should use urn:bitbucket:oauth2:jwt instead.'
            });
        }
        const secret = makeOAuthToken(`${consumer.key}:${this.minted.length}`);
        this.minted.push({ secret, kind: 'oauth-access-token', scopes: consumer.scopes });
        send(res, 200, {
            access_token: secret,
            scope: consumer.scopes.join(' '),
            expires_in: consumer.expiresIn ?? 7200,
            token_type: 'bearer',
            state: 'client_credentials'
        });
    }
    adminTokens(orgId, auth, url, res) {
        const admin = this.options.admin;
        if (!admin || orgId !== admin.orgId || auth.scheme !== 'bearer' || auth.secret !== admin.key) {
            return send(res, 401, { code: 401, message: 'Unauthorized' });
        }
        if (!(admin.scopes ?? ['read:tokens:admin']).includes('read:tokens:admin'))
            return send(res, 403, { code: 403, message: 'Forbidden: missing scope read:tokens:admin' });
        const size = admin.pageSize ?? 2;
        const start = Number(url.searchParams.get('cursor') ?? '0');
        const page = admin.tokens.slice(start, start + size);
        const next = start + size < admin.tokens.length ? String(start + size) : undefined;
        send(res, 200, {
            data: page.map((t, i) => ({
                id: `tok-${start + i}`,
                label: t.label,
                status: t.status ?? 'ALLOWED',
                createdAt: t.createdAt ?? '2026-01-01T00:00:00.000Z',
                expiresAt: t.expiresAt,
                lastActiveAt: '2026-11-01T00:00:00.000Z',
                user: {
                    id: t.account.accountId,
                    orgId,
                    name: t.account.displayName,
                    email: t.account.email
                }
            })),
            links: { self: url.pathname, ...(next ? { next } : {}) }
        });
    }
    gitUserOk(token, user) {
        if (token.kind === 'api-token')
            return user === 'x-bitbucket-api-token-auth' || user === token.account?.username;
        return user === 'x-token-auth';
    }
    async git(req, res, auth, fullName, rest, url) {
        const service = url.searchParams.get('service') ?? rest.replace(/^\//, '');
        const write = service === 'git-receive-pack';
        const challenge = { 'www-authenticate': 'Basic realm="Bitbucket.org HTTP"' };
        if (auth.scheme !== 'basic')
            return send(res, 401, 'Unauthorized', challenge);
        const known = [...(this.options.tokens ?? []), ...this.minted].find((t) => t.secret === auth.secret);
        if (known?.kind === 'app-password') {
            return send(res, 410, 'CHANGE-3222 - Functionality has been deprecated\nApp passwords are deprecated and must be replaced with API tokens.\nhttps://developer.atlassian.com/cloud/bitbucket/changelog#CHANGE-3222\n');
        }
        const token = known &&
            this.resolve(known.kind === 'api-token'
                ? { scheme: 'basic', user: known.account?.email ?? '', secret: known.secret }
                : { scheme: 'bearer', user: '', secret: known.secret });
        if (!token || !this.gitUserOk(token, auth.user)) {
            return send(res, 401, 'remote: You may not have access to this repository or it no longer exists in this workspace. If you think this repository exists and you have access, make sure you are authenticated.\n', challenge);
        }
        if (!(this.options.repositories ?? []).includes(fullName) || !this.reaches(token, fullName))
            return send(res, 404, 'Repository not found\n');
        const granular = token.kind === 'api-token';
        const need = write
            ? granular
                ? ['read:repository:bitbucket', 'write:repository:bitbucket']
                : ['repository:write']
            : [granular ? 'read:repository:bitbucket' : 'repository'];
        if (!need.every((s) => has(token, s)))
            return send(res, 403, 'remote: Your credentials lack one or more required privilege scopes.\n');
        if (!this.options.gitProjectRoot) {
            res.writeHead(200, {
                'content-type': `application/x-${service}-advertisement`,
                'cache-control': 'no-cache'
            });
            const line = `# service=${service}\n`;
            res.end(`${(line.length + 4).toString(16).padStart(4, '0')}${line}0000`);
            return;
        }
        await this.cgi(req, res, url, auth.user);
    }
    /** Runs git http-backend as a CGI program. */
    async cgi(req, res, url, user) {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['http-backend'], {
            env: {
                PATH: process.env.PATH,
                GIT_PROJECT_ROOT: this.options.gitProjectRoot,
                GIT_HTTP_EXPORT_ALL: '1',
                REQUEST_METHOD: req.method ?? 'GET',
                PATH_INFO: decodeURIComponent(url.pathname),
                QUERY_STRING: url.search.replace(/^\?/, ''),
                CONTENT_TYPE: req.headers['content-type'] ?? '',
                REMOTE_USER: user,
                REMOTE_ADDR: '127.0.0.1',
                GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
                HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
                HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? '')
            }
        });
        req.pipe(child.stdin);
        const chunks = [];
        for await (const chunk of child.stdout)
            chunks.push(chunk);
        const output = Buffer.concat(chunks);
        const split = output.indexOf('\r\n\r\n') >= 0 ? output.indexOf('\r\n\r\n') : output.indexOf('\n\n');
        const sep = output.indexOf('\r\n\r\n') >= 0 ? 4 : 2;
        const head = output.subarray(0, split).toString('utf8');
        let status = 200;
        const headers = {};
        for (const line of head.split(/\r?\n/)) {
            const i = line.indexOf(':');
            if (i < 0)
                continue;
            const key = line.slice(0, i).trim().toLowerCase();
            const value = line.slice(i + 1).trim();
            if (key === 'status')
                status = Number(value.split(' ')[0]);
            else
                headers[key] = value;
        }
        res.writeHead(status, headers);
        res.end(output.subarray(split + sep));
    }
}

;// CONCATENATED MODULE: ./src/emulator/sample-world.ts

const JDOE = {
    accountId: '557058:f1d2c3b4-0000-4000-8000-00000000a1a1',
    username: 'jdoe',
    email: 'jdoe@example.com',
    displayName: 'Jane Doe'
};
const REPO = 'acme/web';
const OTHER_REPO = 'acme/api';
const day = 86_400_000;
const inDays = (now, days) => new Date(now.getTime() + days * day).toISOString().slice(0, 10);
const SECRETS = {
    healthy: makeApiToken('healthy'),
    readOnly: makeApiToken('read-only'),
    noReadUser: makeApiToken('no-read-user'),
    admin: makeApiToken('admin'),
    noScopes: makeApiToken('no-scopes'),
    revoked: makeApiToken('revoked'),
    repoToken: makeAccessToken('repo-token'),
    projectToken: makeAccessToken('project-token'),
    workspaceToken: makeAccessToken('workspace-token'),
    readOnlyRepoToken: makeAccessToken('read-only-repo-token'),
    appPassword: makeAppPassword('app-password')
};
const CONSUMER = {
    key: 'K8sPq2Vx7mW4nR9tY3bZ6cF1gH5jL0aD',
    secret: 'consumer-secret-' + 'x'.repeat(60)
};
function sampleWorld() {
    const api = (secret, scopes, extra = {}) => ({
        secret,
        kind: 'api-token',
        scopes,
        account: JDOE,
        ...extra
    });
    return {
        repositories: [REPO, OTHER_REPO],
        tokens: [
            api(SECRETS.healthy, [
                'read:user:bitbucket',
                'read:repository:bitbucket',
                'write:repository:bitbucket'
            ]),
            api(SECRETS.readOnly, ['read:user:bitbucket', 'read:repository:bitbucket']),
            api(SECRETS.noReadUser, ['read:repository:bitbucket', 'write:repository:bitbucket']),
            api(SECRETS.admin, [
                'read:user:bitbucket',
                'read:repository:bitbucket',
                'write:repository:bitbucket',
                'admin:repository:bitbucket',
                'delete:repository:bitbucket'
            ]),
            { secret: SECRETS.noScopes, kind: 'unscoped-api-token', scopes: [], account: JDOE },
            api(SECRETS.revoked, ['read:user:bitbucket', 'read:repository:bitbucket'], { revoked: true }),
            {
                secret: SECRETS.repoToken,
                kind: 'repository-access-token',
                scopes: ['repository', 'repository:write', 'pullrequest'],
                repositories: [REPO]
            },
            {
                secret: SECRETS.projectToken,
                kind: 'project-access-token',
                scopes: ['repository', 'project'],
                repositories: [REPO, OTHER_REPO]
            },
            {
                secret: SECRETS.workspaceToken,
                kind: 'workspace-access-token',
                scopes: ['repository', 'account', 'webhook'],
                repositories: [REPO, OTHER_REPO]
            },
            {
                secret: SECRETS.readOnlyRepoToken,
                kind: 'repository-access-token',
                scopes: ['repository'],
                repositories: [REPO]
            },
            { secret: SECRETS.appPassword, kind: 'app-password', scopes: ['repository'], account: JDOE }
        ],
        consumers: [
            {
                key: CONSUMER.key,
                secret: CONSUMER.secret,
                scopes: ['repository', 'pullrequest', 'account'],
                expiresIn: 7200
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/cli/demo.ts
/** The --demo: the emulator in-process on loopback, with sample credentials that show every verdict. */


async function startDemo(now) {
    const emulator = await new BitbucketEmulator(sampleWorld()).start();
    const credentials = [
        {
            name: 'deploy (healthy API token)',
            token: SECRETS.healthy,
            email: JDOE.email,
            purpose: 'push',
            repository: REPO,
            'expires-at': inDays(now, 200)
        },
        {
            name: 'release-bot (expires in 5 days)',
            token: SECRETS.healthy,
            email: JDOE.email,
            'expires-at': inDays(now, 6)
        },
        {
            name: 'legacy-ci (app password)',
            token: SECRETS.appPassword,
            username: JDOE.username,
            purpose: 'mirror'
        },
        {
            name: 'mirror (read-only token)',
            token: SECRETS.readOnly,
            email: JDOE.email,
            purpose: 'mirror',
            repository: REPO,
            'expires-at': inDays(now, 120)
        },
        {
            name: 'ci-clone (repository access token)',
            token: SECRETS.repoToken,
            purpose: 'clone',
            repository: REPO,
            'git-username': 'x-token-auth',
            'expires-at': inDays(now, 60)
        },
        {
            name: 'copy-paste (truncated secret)',
            token: SECRETS.healthy.slice(0, 180),
            email: JDOE.email
        }
    ];
    const yaml = credentials
        .map((c) => Object.entries(c)
        .map(([k, v], i) => `${i === 0 ? '-' : ' '} ${k}: '${v}'`)
        .join('\n'))
        .join('\n');
    return {
        emulator,
        values: {
            credentials: yaml,
            'api-url': emulator.apiUrl,
            'git-url': emulator.url,
            'oauth-url': emulator.oauthUrl,
            'timeout-seconds': '10'
        }
    };
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helpText)
/* harmony export */ });
/* harmony import */ var _inputs_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9157);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7593);
/** The --help text: every flag with its environment variable and default. */


const FLAGS = [
    ['token', 'the secret (API token ATATT…, access token ATCTT…, app password, OAuth access token)'],
    ['email', 'Atlassian account email (REST identity of an API token)'],
    ['username', 'Bitbucket username (app passwords; a Git identity for API tokens)'],
    ['client-id', 'OAuth consumer key'],
    ['client-secret', 'OAuth consumer secret'],
    ['name', 'label in the report (default: credential)'],
    [
        'purpose',
        'read, clone, push, mirror, pull-requests, pull-requests-write, pipelines, pipeline-variables, webhooks, identity'
    ],
    ['scopes', 'scopes the job needs (classic or API-token names)'],
    ['repository', 'workspace/repo-slug the credential must reach'],
    ['git-username', 'the username the job uses for Git over HTTPS'],
    ['expires-at', 'the expiry chosen at creation (YYYY-MM-DD or ISO 8601)'],
    ['token-label', "the API token's label, for the admin API lookup"],
    ['credentials', 'a YAML list of credentials (keys as above)'],
    [
        'credentials-file',
        'a YAML file of credentials; secrets by env var (token-env, client-secret-env, email-env)'
    ],
    ['warn-days', 'warn when this many days or fewer are left'],
    ['fail-days', 'fail when this many days or fewer are left (0: only when expired)'],
    ['fail-on-indeterminate', 'fail when a credential could not be checked'],
    ['fail-on-unknown-expiry', 'fail when no expiry is known'],
    ['check-git', 'auto, true or false: probe Git over HTTPS'],
    ['offline', 'format checks only, no network'],
    ['api-url', 'Bitbucket REST base'],
    ['git-url', 'Git over HTTPS base'],
    ['oauth-url', 'OAuth token endpoint'],
    ['atlassian-api-url', 'Atlassian admin API base'],
    ['atlassian-org-id', 'Atlassian organization id (admin API expiry lookup)'],
    ['atlassian-admin-key', 'organization admin API key with read:tokens:admin'],
    ['tracking-issue', 'open/update/close a GitHub issue (needs GITHUB_REPOSITORY and a token)'],
    ['github-token', 'token for tracking-issue (also GITHUB_TOKEN)'],
    ['timeout-seconds', 'per credential, all requests and retries included'],
    ['concurrency', 'credentials checked at once'],
    ['max-lifetime-days', 'the longest life a token can have']
];
function helpText() {
    const defaults = _inputs_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .zY;
    const rows = FLAGS.map(([flag, text]) => {
        const def = defaults[flag] ? ` [default: ${defaults[flag]}]` : '';
        return `  --${flag.padEnd(24)} ${text}${def}\n  ${''.padEnd(26)} env: ${(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(flag)}`;
    });
    return `bitbucket-credential-check: tells whether Bitbucket Cloud credentials still work.

Usage:
  bitbucket-credential-check [options]
  bitbucket-credential-check --demo

Pass secrets through environment variables (BITBUCKET_TOKEN, BITBUCKET_CLIENT_SECRET):
flags show up in process lists.

Settings (each flag also reads the environment variable shown):
${rows.join('\n')}

Output and behaviour:
  -f, --format <table|json|markdown|github>  output format [default: table] (env BITBUCKET_FORMAT)
  --strict                     exit 1 on warnings too
  --demo                       check sample credentials against a built-in emulator (no account needed; exits 0)
  --color, --no-color          force colour on or off (default: only on a terminal, unless NO_COLOR)
  -h, --help                   this help
  -v, --version                the version

Exit codes: 0 nothing fails (warnings too, unless --strict), 1 a credential fails,
2 usage error (bad flag, unreadable or invalid file).
`;
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ checksumMatches),
/* harmony export */   i7: () => (/* binding */ withChecksum)
/* harmony export */ });
/* unused harmony export crcSuffix */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/** The CRC-32 suffix of ATATT3/ATCTT3/ATBB secrets (facts §1.3): catches truncation and typos. */

function crcSuffix(body) {
    return ((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(body) >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
/** True when the last 8 characters are the CRC-32 of everything before them. */
function checksumMatches(secret) {
    const tail = secret.slice(-8);
    return /^[0-9A-F]{8}$/.test(tail) && crcSuffix(secret.slice(0, -8)) === tail;
}
/** Appends the checksum: how Atlassian-shaped secrets are built (used by the emulator). */
function withChecksum(body) {
    return body + crcSuffix(body);
}


/***/ }),

/***/ 4637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ FINDINGS),
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony export API_TOKEN_URL */
const API_TOKEN_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';
const FINDINGS = {
    'app-password-removed': {
        level: 'error',
        title: 'app password no longer works',
        fix: `Bitbucket removed app passwords on 2026-07-28. Create an Atlassian API token with scopes at ${API_TOKEN_URL} ("Create API token with scopes" → Bitbucket), store it in this secret, and send it with your Atlassian email (REST) or x-bitbucket-api-token-auth (Git).`
    },
    'legacy-token-format': {
        level: 'error',
        title: 'legacy token format',
        fix: `Create a new API token with Bitbucket scopes at ${API_TOKEN_URL} ("Create API token with scopes") and replace this secret.`
    },
    'checksum-mismatch': {
        level: 'error',
        title: 'secret is truncated or mistyped',
        fix: 'Copy the whole token again from where it was created (it is shown only once; create a new one if it is lost) and save it in the secret without edits.'
    },
    'empty-secret': {
        level: 'warning',
        title: 'secret is empty',
        fix: 'Secrets are not passed to workflows triggered from forks; run this check on push, schedule or workflow_dispatch, or check that the secret name is spelled right.'
    },
    'whitespace-trimmed': {
        level: 'warning',
        title: 'secret had extra characters around it',
        fix: 'Re-save the secret without surrounding spaces, newlines, quotes or prefixes: tools that send it as-is will be rejected.'
    },
    'credential-rejected': {
        level: 'error',
        title: 'Bitbucket rejected the credential',
        fix: 'Create a new credential (see the likely causes above) and update the secret.'
    },
    'wrong-identity': {
        level: 'error',
        title: 'wrong identity for this kind',
        fix: 'Pass the identity this kind needs (see above).'
    },
    'missing-scopes': {
        level: 'error',
        title: 'missing scopes',
        fix: 'Scopes cannot be added to an existing token: create a new token with all the scopes listed and replace the secret.'
    },
    'excess-scopes': {
        level: 'warning',
        title: 'more power than the job needs',
        fix: 'Create a narrower token with only the scopes the job needs and replace this one; then revoke the old token.'
    },
    'read-user-scope-missing': {
        level: 'notice',
        title: 'token cannot read its user',
        fix: 'The credential works, but tools that identify the user (Sourcetree, Git Credential Manager, many CI plugins) need read:user:bitbucket; add it when you next create the token.'
    },
    'repository-unreachable': {
        level: 'error',
        title: 'repository unreachable',
        fix: 'Check the workspace/repo-slug spelling, that the token was created for this repository, project or workspace, and that its owner can access the repository.'
    },
    expired: {
        level: 'error',
        title: 'expired',
        fix: 'Create a new credential, update the secret and the declared expires-at.'
    },
    'expires-soon': {
        level: 'warning',
        title: 'expires soon',
        fix: 'Create a replacement now, update the secret and its expires-at, then revoke the old one.'
    },
    'expires-in': {
        level: 'notice',
        title: 'expiry',
        fix: ''
    },
    'expiry-unknown': {
        level: 'warning',
        title: 'expiry unknown',
        fix: 'Bitbucket does not reveal expiry through its API: set expires-at to the date chosen when the token was created (YYYY-MM-DD), or give atlassian-org-id and atlassian-admin-key so it is read from the Atlassian admin API.'
    },
    'git-auth-failed': {
        level: 'error',
        title: 'Git over HTTPS failed',
        fix: 'Use the Git username shown above, and a token with read:repository (clone) or write:repository (push) scope that reaches this repository.'
    },
    'git-username-wrong': {
        level: 'error',
        title: 'wrong Git username',
        fix: 'Change the username in the clone URL or credential helper to the one shown.'
    },
    indeterminate: {
        level: 'warning',
        title: 'could not be checked',
        fix: 'This is not a verdict on the credential: re-run the job; if it persists, check the network path to Bitbucket and https://bitbucket.status.atlassian.com.'
    },
    'rate-limited': {
        level: 'warning',
        title: 'rate limited',
        fix: 'Bitbucket limits requests per account per hour: re-run later, or check fewer credentials of the same account per run.'
    }
};
/** A finding: the specific detail first, then the code's fix. */
function finding(code, detail, level) {
    const info = FINDINGS[code];
    const message = [detail, info.fix].filter(Boolean).join(' ');
    return { level: level ?? info.level, code, message };
}


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   eo: () => (/* binding */ isAccessToken),
/* harmony export */   gp: () => (/* binding */ API_TOKEN_GIT_USER),
/* harmony export */   jQ: () => (/* binding */ CREDENTIAL_TYPE_HEADER),
/* harmony export */   v3: () => (/* binding */ APP_PASSWORD_REMOVED_AT),
/* harmony export */   x6: () => (/* binding */ LEGACY_TOKENS_EXPIRED_BY),
/* harmony export */   xw: () => (/* binding */ reachOf)
/* harmony export */ });
/* unused harmony export ACCESS_TOKEN_GIT_USER */
const API_TOKEN_GIT_USER = 'x-bitbucket-api-token-auth';
const ACCESS_TOKEN_GIT_USER = 'x-token-auth';
const accessToken = (label) => ({
    label,
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: ACCESS_TOKEN_GIT_USER,
    altGitUsernames: [],
    restHint: 'Authorization: Bearer <token>'
});
const KINDS = {
    'api-token': {
        label: 'Atlassian API token',
        scheme: 'basic-email',
        vocabulary: 'granular',
        gitUsername: API_TOKEN_GIT_USER,
        altGitUsernames: ['username'],
        restHint: 'Basic auth, user = Atlassian account email, password = the token'
    },
    'app-password': {
        label: 'app password (removed 2026-07-28)',
        scheme: 'basic-username',
        vocabulary: 'classic',
        gitUsername: null,
        altGitUsernames: [],
        restHint: 'Basic auth, user = Bitbucket username (no longer accepted)'
    },
    'repository-access-token': accessToken('repository access token'),
    'project-access-token': accessToken('project access token'),
    'workspace-access-token': accessToken('workspace access token'),
    'access-token': accessToken('access token (repository, project or workspace)'),
    'oauth-consumer': {
        label: 'OAuth consumer',
        scheme: 'oauth-client-credentials',
        vocabulary: 'classic',
        gitUsername: ACCESS_TOKEN_GIT_USER,
        altGitUsernames: [],
        restHint: 'client-credentials grant, then Authorization: Bearer <access token>'
    },
    'oauth-access-token': {
        label: 'OAuth access token',
        scheme: 'bearer',
        vocabulary: 'classic',
        gitUsername: ACCESS_TOKEN_GIT_USER,
        altGitUsernames: [],
        restHint: 'Authorization: Bearer <token>'
    },
    unknown: {
        label: 'unknown kind',
        scheme: 'bearer',
        vocabulary: 'classic',
        gitUsername: null,
        altGitUsernames: [],
        restHint: 'unknown'
    }
};
/** `x-credential-type` header values (facts §3.2) to our kinds. */
const CREDENTIAL_TYPE_HEADER = {
    api_token: 'api-token',
    repo_access_token: 'repository-access-token',
    repository_access_token: 'repository-access-token',
    project_access_token: 'project-access-token',
    workspace_access_token: 'workspace-access-token',
    app_password: 'app-password',
    apikey: 'app-password',
    oauth2: 'oauth-access-token',
    oauth: 'oauth-access-token',
    app_user: 'oauth-access-token'
};
function isAccessToken(type) {
    return type.endsWith('access-token') && type !== 'oauth-access-token';
}
/** Where an access token reaches, from its kind. */
function reachOf(type) {
    if (type === 'repository-access-token')
        return 'repository';
    if (type === 'project-access-token')
        return 'project';
    if (type === 'workspace-access-token')
        return 'workspace';
    return null;
}
/** App passwords stopped working on this date (facts §4.3). */
const APP_PASSWORD_REMOVED_AT = new Date('2026-07-28T00:00:00.000Z');
/** Every unscoped legacy API token had expired by this date (facts §6). */
const LEGACY_TOKENS_EXPIRED_BY = new Date('2026-05-12T00:00:00.000Z');


/***/ }),

/***/ 7892:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ isPurpose),
/* harmony export */   NP: () => (/* binding */ gitNeed),
/* harmony export */   a7: () => (/* binding */ PURPOSES),
/* harmony export */   wB: () => (/* binding */ scopesForPurposes)
/* harmony export */ });
const PURPOSES = {
    read: {
        classic: ['repository'],
        granular: ['read:repository:bitbucket'],
        git: null,
        source: 'OpenAPI GET /repositories/{ws}/{repo}'
    },
    clone: {
        classic: ['repository'],
        granular: ['read:repository:bitbucket'],
        git: 'read',
        source: 'REST intro, git clone with access tokens; staff answer on API-token Git access'
    },
    push: {
        classic: ['repository:write'],
        granular: ['read:repository:bitbucket', 'write:repository:bitbucket'],
        git: 'write',
        source: 'REST intro ("clone (repository) and push (repository:write)"); "tick both"'
    },
    mirror: {
        classic: ['repository:write'],
        granular: ['read:repository:bitbucket', 'write:repository:bitbucket'],
        git: 'write',
        source: 'a mirror pushes: same as push'
    },
    'pull-requests': {
        classic: ['pullrequest'],
        granular: ['read:pullrequest:bitbucket'],
        git: null,
        source: 'OpenAPI GET …/pullrequests'
    },
    'pull-requests-write': {
        classic: ['pullrequest:write'],
        granular: ['read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'],
        git: null,
        source: 'OpenAPI POST …/pullrequests'
    },
    pipelines: {
        classic: ['pipeline:write'],
        granular: ['read:pipeline:bitbucket', 'write:pipeline:bitbucket'],
        git: null,
        source: 'OpenAPI GET/POST …/pipelines'
    },
    'pipeline-variables': {
        classic: ['pipeline:variable'],
        granular: ['read:pipeline:bitbucket', 'admin:pipeline:bitbucket'],
        git: null,
        source: 'OpenAPI GET/POST/PUT/DELETE …/pipelines_config/variables'
    },
    webhooks: {
        classic: ['webhook'],
        granular: ['read:webhook:bitbucket', 'write:webhook:bitbucket'],
        git: null,
        source: 'OpenAPI GET/POST/PUT …/hooks'
    },
    identity: {
        classic: ['account'],
        granular: ['read:user:bitbucket'],
        git: null,
        source: 'OpenAPI GET /user'
    }
};
function isPurpose(value) {
    return Object.hasOwn(PURPOSES, value);
}
function scopesForPurposes(purposes, vocabulary) {
    return [...new Set(purposes.flatMap((p) => PURPOSES[p][vocabulary]))];
}
/** The strongest Git access the purposes need. */
function gitNeed(purposes) {
    const needs = purposes.map((p) => PURPOSES[p].git);
    if (needs.includes('write'))
        return 'write';
    if (needs.includes('read'))
        return 'read';
    return null;
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor)
/* harmony export */ });
/* unused harmony export worstStatus */
const RANK = { ok: 0, warning: 1, failure: 2 };
function worstStatus(statuses) {
    return statuses.reduce((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'ok');
}
function buildReport(credentials, now) {
    return {
        status: worstStatus(credentials.map((c) => c.status)),
        checkedAt: now.toISOString(),
        credentials
    };
}
/** Exit code: 1 when any credential fails; with `strict`, warnings fail too. */
function exitCodeFor(report, strict = false) {
    if (report.status === 'failure')
        return 1;
    if (strict && report.status === 'warning')
        return 1;
    return 0;
}


/***/ }),

/***/ 1074:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ isGranular),
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Dx: () => (/* binding */ CLASSIC_IMPLIES),
/* harmony export */   MB: () => (/* binding */ toVocabulary),
/* harmony export */   Yz: () => (/* binding */ isKnownScope),
/* harmony export */   dZ: () => (/* binding */ GRANULAR_SCOPES),
/* harmony export */   "if": () => (/* binding */ missingScopes),
/* harmony export */   pI: () => (/* binding */ CLASSIC_SCOPES),
/* harmony export */   xL: () => (/* binding */ excessScopes)
/* harmony export */ });
/* unused harmony exports CLASSIC_TO_GRANULAR, GRANULAR_TO_CLASSIC, parseScopeList, expandGranted, isPrivileged */
/** Classic scope → the classic scopes it implies (facts §5.1). Granular scopes imply nothing. */
const CLASSIC_IMPLIES = {
    'repository:write': ['repository'],
    pullrequest: ['repository'],
    'pullrequest:write': ['pullrequest', 'repository:write', 'repository'],
    project: ['repository'],
    'project:admin': ['project', 'repository'],
    'pipeline:write': ['pipeline'],
    'pipeline:variable': ['pipeline', 'pipeline:write'],
    'runner:write': ['runner'],
    'issue:write': ['issue'],
    'snippet:write': ['snippet'],
    'account:write': ['account']
};
const CLASSIC_SCOPES = [
    'project',
    'project:write',
    'project:admin',
    'repository',
    'repository:write',
    'repository:admin',
    'repository:delete',
    'pullrequest',
    'pullrequest:write',
    'issue',
    'issue:write',
    'wiki',
    'webhook',
    'snippet',
    'snippet:write',
    'email',
    'account',
    'account:write',
    'team',
    'team:write',
    'pipeline',
    'pipeline:write',
    'pipeline:variable',
    'runner',
    'runner:write'
];
const GRANULAR_AREAS = {
    repository: ['read', 'write', 'admin', 'delete'],
    pullrequest: ['read', 'write'],
    project: ['read', 'admin'],
    workspace: ['read', 'admin'],
    user: ['read', 'write'],
    pipeline: ['read', 'write', 'admin'],
    runner: ['read', 'write'],
    issue: ['read', 'write', 'delete'],
    webhook: ['read', 'write', 'delete'],
    snippet: ['read', 'write', 'delete'],
    'ssh-key': ['read', 'write', 'delete'],
    'gpg-key': ['read', 'write', 'delete'],
    permission: ['read', 'write', 'delete'],
    package: ['read', 'write']
};
const GRANULAR_SCOPES = Object.entries(GRANULAR_AREAS).flatMap(([area, verbs]) => verbs.map((verb) => `${verb}:${area}:bitbucket`));
/** Classic scope → the granular scopes an API token needs for the same work (facts §5.1, §5.2). */
const CLASSIC_TO_GRANULAR = {
    repository: ['read:repository:bitbucket'],
    'repository:write': ['read:repository:bitbucket', 'write:repository:bitbucket'],
    'repository:admin': ['admin:repository:bitbucket'],
    'repository:delete': ['delete:repository:bitbucket'],
    pullrequest: ['read:pullrequest:bitbucket'],
    'pullrequest:write': ['read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'],
    project: ['read:project:bitbucket'],
    'project:write': ['read:project:bitbucket'],
    'project:admin': ['admin:project:bitbucket'],
    account: ['read:user:bitbucket', 'read:workspace:bitbucket'],
    'account:write': ['write:user:bitbucket'],
    email: ['read:user:bitbucket'],
    team: ['read:workspace:bitbucket'],
    'team:write': ['admin:workspace:bitbucket'],
    pipeline: ['read:pipeline:bitbucket'],
    'pipeline:write': ['read:pipeline:bitbucket', 'write:pipeline:bitbucket'],
    'pipeline:variable': ['read:pipeline:bitbucket', 'admin:pipeline:bitbucket'],
    runner: ['read:runner:bitbucket'],
    'runner:write': ['read:runner:bitbucket', 'write:runner:bitbucket'],
    webhook: ['read:webhook:bitbucket', 'write:webhook:bitbucket', 'delete:webhook:bitbucket'],
    issue: ['read:issue:bitbucket'],
    'issue:write': ['read:issue:bitbucket', 'write:issue:bitbucket'],
    snippet: ['read:snippet:bitbucket'],
    'snippet:write': ['read:snippet:bitbucket', 'write:snippet:bitbucket'],
    wiki: []
};
/** Granular scope → the one classic scope that covers it. */
const GRANULAR_TO_CLASSIC = {
    'read:repository:bitbucket': 'repository',
    'write:repository:bitbucket': 'repository:write',
    'admin:repository:bitbucket': 'repository:admin',
    'delete:repository:bitbucket': 'repository:delete',
    'read:pullrequest:bitbucket': 'pullrequest',
    'write:pullrequest:bitbucket': 'pullrequest:write',
    'read:project:bitbucket': 'project',
    'admin:project:bitbucket': 'project:admin',
    'read:workspace:bitbucket': 'account',
    'admin:workspace:bitbucket': 'account',
    'read:user:bitbucket': 'account',
    'write:user:bitbucket': 'account:write',
    'read:pipeline:bitbucket': 'pipeline',
    'write:pipeline:bitbucket': 'pipeline:write',
    'admin:pipeline:bitbucket': 'pipeline:variable',
    'read:runner:bitbucket': 'runner',
    'write:runner:bitbucket': 'runner:write',
    'read:webhook:bitbucket': 'webhook',
    'write:webhook:bitbucket': 'webhook',
    'delete:webhook:bitbucket': 'webhook',
    'read:issue:bitbucket': 'issue',
    'write:issue:bitbucket': 'issue:write',
    'delete:issue:bitbucket': 'issue:write',
    'read:snippet:bitbucket': 'snippet',
    'write:snippet:bitbucket': 'snippet:write',
    'delete:snippet:bitbucket': 'snippet:write'
};
function isGranular(scope) {
    return scope.endsWith(':bitbucket');
}
function isKnownScope(scope) {
    return CLASSIC_SCOPES.includes(scope) || GRANULAR_SCOPES.includes(scope);
}
/** Splits a scope list on commas, spaces and newlines; drops empties and duplicates. */
function parseScopeList(text) {
    if (!text)
        return [];
    return unique(text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean));
}
/** Expresses required scopes in one vocabulary (the credential's own). */
function toVocabulary(scopes, vocabulary) {
    const out = [];
    for (const scope of scopes) {
        if (vocabulary === 'granular') {
            out.push(...(isGranular(scope) ? [scope] : (CLASSIC_TO_GRANULAR[scope] ?? [scope])));
        }
        else {
            out.push(isGranular(scope) ? (GRANULAR_TO_CLASSIC[scope] ?? scope) : scope);
        }
    }
    return unique(out);
}
/** Granted scopes plus everything they imply. */
function expandGranted(granted) {
    const all = new Set();
    for (const scope of granted) {
        all.add(scope);
        for (const implied of CLASSIC_IMPLIES[scope] ?? [])
            all.add(implied);
    }
    return all;
}
/** The required scopes not covered by the granted ones (after implications). */
function missingScopes(required, granted) {
    const have = expandGranted(granted);
    return required.filter((scope) => !have.has(scope));
}
/** Scopes that carry power beyond reading: admin, delete, write, pipeline variables, webhooks. */
function isPrivileged(scope) {
    if (isGranular(scope))
        return !scope.startsWith('read:');
    return /:(write|admin|delete|variable)$/.test(scope) || scope === 'webhook';
}
/** Privileged granted scopes that no required scope needs. */
function excessScopes(granted, required) {
    const needed = expandGranted(required);
    return granted.filter((scope) => isPrivileged(scope) && !needed.has(scope));
}
function unique(items) {
    return [...new Set(items)];
}


/***/ }),

/***/ 9293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Q2: () => (/* binding */ parseBaseUrl),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export distance */
/* harmony import */ var _probe_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8946);
/** Parsers for single input values; each error names the input and the expected form. */

class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
function parseBoolean(name, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new InputError(`Invalid ${name} '${value}'. Expected true or false.`);
}
function parseInteger(name, raw, fallback, min, max) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new InputError(`Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max}.`);
    }
    return Number(value);
}
function parseSeconds(name, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 600) {
        throw new InputError(`Invalid ${name} '${value}'. Expected a number of seconds above 0 and at most 600.`);
    }
    return n;
}
function parseChoice(name, raw, choices, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new InputError(`Invalid ${name} '${raw.trim()}'. Expected one of: ${choices.join(', ')}.`);
}
function parseBaseUrl(name, raw, fallback) {
    const value = raw.trim() || fallback;
    const problem = (0,_probe_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .urlProblem */ .rn)(value);
    if (problem)
        throw new InputError(`Invalid ${name} '${value}': it ${problem}. Credentials are sent only to https:// URLs (or http:// on loopback).`);
    return value.replace(/\/+$/, '');
}
/** `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time. */
function parseDate(name, raw) {
    const value = raw.trim();
    const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const iso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(value);
    const date = dayOnly
        ? new Date(`${value}T00:00:00.000Z`)
        : iso
            ? new Date(value.replace(' ', 'T'))
            : new Date(NaN);
    const roundTrips = !dayOnly || date.toISOString().slice(0, 10) === value;
    if (Number.isNaN(date.getTime()) || !roundTrips) {
        throw new InputError(`Invalid ${name} '${value}'. Expected a date as YYYY-MM-DD (2026-12-31) or ISO 8601 (2026-12-31T23:59:00Z).`);
    }
    return date;
}
/** Splits a comma, space or newline separated list. */
function parseList(raw) {
    return raw
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
function suggest(value, choices) {
    const best = [...choices].sort((x, y) => distance(value, x) - distance(value, y))[0];
    return best && distance(value, best) <= Math.max(2, Math.floor(best.length / 3))
        ? ` Did you mean '${best}'?`
        : '';
}


/***/ }),

/***/ 9157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zY: () => (/* binding */ DEFAULTS),
  GS: () => (/* binding */ SETTING_KEYS),
  sb: () => (/* binding */ readSettings)
});

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
// EXTERNAL MODULE: ./src/core/purposes.ts
var purposes = __nccwpck_require__(7892);
// EXTERNAL MODULE: ./src/core/scopes.ts
var scopes = __nccwpck_require__(1074);
// EXTERNAL MODULE: ./src/inputs/parse-values.ts
var parse_values = __nccwpck_require__(9293);
;// CONCATENATED MODULE: ./src/inputs/credential-specs.ts
/**
 * Credential specs from their three sources: the direct inputs, the `credentials` YAML list,
 * and a `credentials-file` whose secrets are named by environment variables.
 */




const SPEC_KEYS = [
    'name',
    'token',
    'email',
    'username',
    'client-id',
    'client-secret',
    'purpose',
    'scopes',
    'repository',
    'git-username',
    'expires-at',
    'token-label'
];
const ENV_KEYS = ['token-env', 'client-secret-env', 'email-env'];
const SECRET_KEYS = ['token', 'client-secret'];
function parseRepository(where, raw) {
    const value = raw.trim();
    if (!value)
        return undefined;
    const match = /^([\w.-]+)\/([\w.-]+?)(\.git)?$/.exec(value);
    if (!match)
        throw new parse_values/* InputError */.dz(`Invalid repository '${value}'${where}. Expected workspace/repo-slug.`);
    return { workspace: match[1], slug: match[2] };
}
function parsePurposes(where, raw) {
    return (0,parse_values/* parseList */.E1)(raw.toLowerCase()).map((p) => {
        if (!(0,purposes/* isPurpose */.JO)(p)) {
            throw new parse_values/* InputError */.dz(`Invalid purpose '${p}'${where}.${(0,parse_values/* suggest */.ZA)(p, Object.keys(purposes/* PURPOSES */.a7))} Expected any of: ${Object.keys(purposes/* PURPOSES */.a7).join(', ')}.`);
        }
        return p;
    });
}
function parseScopes(where, raw) {
    return (0,parse_values/* parseList */.E1)(raw).map((s) => {
        const scope = s.trim();
        if (!(0,scopes/* isKnownScope */.Yz)(scope) && !/^(read|write|admin|delete):[a-z-]+:bitbucket$/.test(scope)) {
            throw new parse_values/* InputError */.dz(`Invalid scope '${scope}'${where}.${(0,parse_values/* suggest */.ZA)(scope, [...scopes/* CLASSIC_SCOPES */.pI, ...scopes/* GRANULAR_SCOPES */.dZ])} Expected a classic scope (repository:write) or an API-token scope (write:repository:bitbucket).`);
        }
        return scope;
    });
}
/** Validates one credential's raw fields into a spec. `where` locates it in messages. */
function toSpec(raw, defaultName, where = '') {
    const get = (key) => raw[key] ?? '';
    const clientId = get('client-id').trim();
    const clientSecret = get('client-secret');
    const expires = get('expires-at').trim();
    return {
        name: get('name').trim() || defaultName,
        token: get('token'),
        email: get('email').trim(),
        username: get('username').trim(),
        clientId,
        clientSecret,
        purposes: parsePurposes(where, get('purpose')),
        scopes: parseScopes(where, get('scopes')),
        repository: parseRepository(where, get('repository')),
        gitUsername: get('git-username').trim(),
        expiresAt: expires ? (0,parse_values/* parseDate */._U)(`expires-at${where}`, expires) : undefined,
        tokenLabel: get('token-label').trim()
    };
}
function lineOf(text, key, itemIndex) {
    const lines = text.split('\n');
    let item = -1;
    for (let i = 0; i < lines.length; i++) {
        if (/^\s*-(\s|$)/.test(lines[i]))
            item++;
        if (item === itemIndex &&
            new RegExp(`^\\s*(-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(lines[i]))
            return i + 1;
    }
    return null;
}
function scalar(value, where, key) {
    if (value === null || value === undefined)
        return '';
    if (Array.isArray(value) && (key === 'purpose' || key === 'scopes'))
        return value.map((v) => scalar(v, where, key)).join(',');
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new parse_values/* InputError */.dz(`${where}: '${key}' must be a single value, not a ${Array.isArray(value) ? 'list' : 'mapping'}.`);
}
/** Parses a YAML list of credentials. */
function parseCredentialList(source) {
    let data;
    try {
        data = load(source.text);
    }
    catch (error) {
        const e = error;
        const line = e.mark ? ` (line ${e.mark.line + 1})` : '';
        throw new parse_values/* InputError */.dz(`${source.label} is not valid YAML${line}: ${e.reason ?? 'parse error'}. Expected a list of credentials, e.g.\n- name: deploy\n  token-env: BB_TOKEN`);
    }
    if (data === null || data === undefined)
        return [];
    if (!Array.isArray(data)) {
        throw new parse_values/* InputError */.dz(`${source.label} must be a YAML list ("- name: …" items), not a ${typeof data === 'object' ? 'mapping' : typeof data}.`);
    }
    const allowed = [...SPEC_KEYS, ...ENV_KEYS];
    return data.map((item, index) => {
        const at = (key) => {
            const line = key ? lineOf(source.text, key, index) : null;
            return `${source.label}, item ${index + 1}${line ? ` (line ${line})` : ''}`;
        };
        if (!item || typeof item !== 'object' || Array.isArray(item)) {
            throw new parse_values/* InputError */.dz(`${at()}: each item must be a mapping of keys such as name, token-env, email.`);
        }
        const raw = {};
        for (const [key, value] of Object.entries(item)) {
            if (!allowed.includes(key)) {
                throw new parse_values/* InputError */.dz(`${at(key)}: unknown key '${key}'.${(0,parse_values/* suggest */.ZA)(key, allowed)} Valid keys: ${allowed.join(', ')}.`);
            }
            if (source.fromFile && SECRET_KEYS.includes(key)) {
                throw new parse_values/* InputError */.dz(`${at(key)}: do not write secrets in the file; name an environment variable with '${key}-env' instead.`);
            }
            const text = scalar(value, at(key), key);
            if (key.endsWith('-env')) {
                const target = key.slice(0, -4);
                const variable = text.trim();
                const envValue = source.env[variable];
                if (!variable || envValue === undefined) {
                    throw new parse_values/* InputError */.dz(`${at(key)}: environment variable '${variable}' (${key}) is not set. Pass it to the step, e.g. env: { ${variable || 'BB_TOKEN'}: \${{ secrets.${variable || 'BB_TOKEN'} }} }.`);
                }
                raw[target] = envValue;
            }
            else {
                raw[key] = text;
            }
        }
        return toSpec(raw, raw.name?.trim() || `credential-${index + 1}`, ` in ${at()}`);
    });
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts


const DEFAULTS = {
    'warn-days': '30',
    'fail-days': '7',
    'fail-on-indeterminate': 'false',
    'fail-on-unknown-expiry': 'false',
    'check-git': 'auto',
    offline: 'false',
    'api-url': 'https://api.bitbucket.org/2.0',
    'git-url': 'https://bitbucket.org',
    'oauth-url': 'https://bitbucket.org/site/oauth2/access_token',
    'atlassian-api-url': 'https://api.atlassian.com',
    'tracking-issue': 'false',
    'timeout-seconds': '20',
    concurrency: '8',
    'max-lifetime-days': '365'
};
const SETTING_KEYS = [
    ...SPEC_KEYS,
    'credentials',
    'credentials-file',
    ...Object.keys(DEFAULTS),
    'atlassian-org-id',
    'atlassian-admin-key',
    'github-token'
];
function readSettings({ get, readFile, env, mask }) {
    const value = (name) => get(name);
    for (const secret of [
        get('token'),
        get('client-secret'),
        get('atlassian-admin-key'),
        get('github-token')
    ]) {
        if (secret.trim())
            mask(secret);
    }
    const credentials = [];
    const direct = {};
    for (const key of SPEC_KEYS)
        direct[key] = get(key);
    const listText = get('credentials');
    const filePath = get('credentials-file').trim();
    const hasDirect = Boolean(direct.token?.trim() || direct['client-id']?.trim() || direct['client-secret']?.trim());
    if (hasDirect || (!listText.trim() && !filePath))
        credentials.push(toSpec(direct, direct.name?.trim() || 'credential'));
    if (listText.trim()) {
        credentials.push(...parseCredentialList({ label: 'credentials', text: listText, fromFile: false, env }));
    }
    if (filePath) {
        let text;
        try {
            text = readFile(filePath);
        }
        catch (error) {
            const code = error.code;
            throw new parse_values/* InputError */.dz(`credentials-file '${filePath}' cannot be read (${code ?? 'error'}). Check the path; it is relative to the working directory.`);
        }
        credentials.push(...parseCredentialList({ label: `credentials-file ${filePath}`, text, fromFile: true, env }));
    }
    for (const spec of credentials) {
        if (spec.token.trim())
            mask(spec.token);
        if (spec.clientSecret.trim())
            mask(spec.clientSecret);
    }
    const warnDays = (0,parse_values/* parseInteger */.cG)('warn-days', value('warn-days'), 30, 0, 3650);
    const failDays = (0,parse_values/* parseInteger */.cG)('fail-days', value('fail-days'), 7, 0, 3650);
    const settings = {
        credentials,
        warnDays,
        failDays,
        failOnIndeterminate: (0,parse_values/* parseBoolean */.yG)('fail-on-indeterminate', value('fail-on-indeterminate'), false),
        failOnUnknownExpiry: (0,parse_values/* parseBoolean */.yG)('fail-on-unknown-expiry', value('fail-on-unknown-expiry'), false),
        checkGit: (0,parse_values/* parseChoice */.HU)('check-git', value('check-git'), ['auto', 'true', 'false'], 'auto'),
        offline: (0,parse_values/* parseBoolean */.yG)('offline', value('offline'), false),
        apiUrl: (0,parse_values/* parseBaseUrl */.Q2)('api-url', value('api-url'), DEFAULTS['api-url']),
        gitUrl: (0,parse_values/* parseBaseUrl */.Q2)('git-url', value('git-url'), DEFAULTS['git-url']),
        oauthUrl: (0,parse_values/* parseBaseUrl */.Q2)('oauth-url', value('oauth-url'), DEFAULTS['oauth-url']),
        atlassianApiUrl: (0,parse_values/* parseBaseUrl */.Q2)('atlassian-api-url', value('atlassian-api-url'), DEFAULTS['atlassian-api-url']),
        atlassianOrgId: get('atlassian-org-id').trim(),
        atlassianAdminKey: get('atlassian-admin-key').trim(),
        trackingIssue: (0,parse_values/* parseBoolean */.yG)('tracking-issue', value('tracking-issue'), false),
        githubToken: get('github-token').trim(),
        timeoutSeconds: (0,parse_values/* parseSeconds */.fL)('timeout-seconds', value('timeout-seconds'), 20),
        concurrency: (0,parse_values/* parseInteger */.cG)('concurrency', value('concurrency'), 8, 1, 64),
        maxLifetimeDays: (0,parse_values/* parseInteger */.cG)('max-lifetime-days', value('max-lifetime-days'), 365, 1, 3650)
    };
    if (Boolean(settings.atlassianOrgId) !== Boolean(settings.atlassianAdminKey)) {
        throw new parse_values/* InputError */.dz(`atlassian-org-id and atlassian-admin-key go together: set ${settings.atlassianOrgId ? 'atlassian-admin-key' : 'atlassian-org-id'} too, or neither.`);
    }
    return settings;
}


/***/ }),

/***/ 8946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   rn: () => (/* binding */ urlProblem)
/* harmony export */ });
/* unused harmony exports describeError, retryAfterMs */
/**
 * The one HTTP client every probe uses: only to configured base URLs, a timeout per request
 * inside a per-credential budget, bounded retries with jittered exponential backoff for
 * connection errors, 429 and 502/503/504 (honouring Retry-After), no retry for 4xx answers,
 * and no redirect ever followed (credentials stay with the host they were meant for).
 */
const RETRY_STATUS = new Set([429, 502, 503, 504]);
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** Why a base URL may not receive credentials, or null when it may. */
function urlProblem(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return 'is not a URL';
    }
    if (url.username || url.password)
        return 'must not contain a user or password';
    if (url.protocol === 'https:')
        return null;
    if (url.protocol === 'http:' && LOOPBACK.test(url.hostname))
        return null;
    if (url.protocol === 'http:')
        return 'uses plain http:// to a host that is not loopback; use https://';
    return `uses ${url.protocol}; use https://`;
}
/** The cause Node's fetch hides behind "fetch failed". */
function describeError(error, timeoutMs) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError' || error.name === 'AbortError') {
            return `no answer within ${Math.round(timeoutMs / 100) / 10}s`;
        }
        const cause = error.cause;
        if (cause instanceof Error) {
            const code = cause.code;
            return code ? `${code}: ${cause.message}` : cause.message;
        }
        return error.message;
    }
    return String(error);
}
/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
function retryAfterMs(value, nowMs) {
    if (!value)
        return null;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
class HttpClient {
    options;
    constructor(options) {
        const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
        this.options = {
            maxAttempts: 3,
            requestTimeoutMs: 10_000,
            baseDelayMs: 250,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            random: Math.random,
            fetch: globalThis.fetch.bind(globalThis),
            allowedBases: options.allowedBases,
            ...given
        };
    }
    allowed(url) {
        return (this.options.allowedBases.some((base) => url === base || url.startsWith(base.replace(/\/?$/, '/')) || url.startsWith(base + '?')) && urlProblem(url) === null);
    }
    /** Sends the request, retrying within the budget that ends at `deadline` (epoch ms). */
    async send(request, deadline) {
        if (!this.allowed(request.url)) {
            return {
                kind: 'error',
                error: 'refused: not one of the configured Bitbucket/Atlassian URLs',
                attempts: 0
            };
        }
        const { maxAttempts, requestTimeoutMs, baseDelayMs, sleep, random } = this.options;
        let last = {
            kind: 'error',
            error: 'no time left in the timeout-seconds budget',
            attempts: 0
        };
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                break;
            const timeoutMs = Math.min(requestTimeoutMs, remaining);
            last = await this.once(request, timeoutMs, attempt);
            const retryable = last.kind === 'error' ||
                (last.kind === 'response' && RETRY_STATUS.has(last.response.status));
            if (!retryable || attempt === maxAttempts)
                break;
            const hinted = last.kind === 'response'
                ? retryAfterMs(last.response.headers.get('retry-after'), Date.now())
                : null;
            const backoff = baseDelayMs * 2 ** (attempt - 1);
            const delay = hinted ?? backoff / 2 + random() * (backoff / 2);
            if (Date.now() + delay >= deadline - 50)
                break;
            await sleep(delay);
        }
        return last;
    }
    async once(request, timeoutMs, attempt) {
        try {
            const res = await this.options.fetch(request.url, {
                method: request.method ?? 'GET',
                headers: request.headers,
                body: request.body,
                redirect: 'manual',
                signal: AbortSignal.timeout(timeoutMs)
            });
            const text = await res.text();
            return {
                kind: 'response',
                response: { status: res.status, headers: res.headers, text },
                attempts: attempt
            };
        }
        catch (error) {
            return { kind: 'error', error: describeError(error, timeoutMs), attempts: attempt };
        }
    }
}


/***/ }),

/***/ 8574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ adminExpiryLookup)
/* harmony export */ });
/* unused harmony exports listOrgTokens, matchToken */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8946);

const MAX_PAGES = 50;
function toToken(item) {
    if (!item || typeof item !== 'object')
        return null;
    const t = item;
    const user = (t.user && typeof t.user === 'object' ? t.user : {});
    const str = (v) => (typeof v === 'string' ? v : null);
    return {
        label: str(t.label) ?? '',
        status: str(t.status) ?? '',
        expiresAt: str(t.expiresAt),
        userId: str(user.id),
        email: str(user.email)
    };
}
async function listOrgTokens(client, baseUrl, orgId, adminKey, deadline) {
    const tokens = [];
    const first = `${baseUrl}/admin/api-access/v1/orgs/${encodeURIComponent(orgId)}/api-tokens`;
    let url = first;
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const outcome = await client.send({ url, headers: { Authorization: `Bearer ${adminKey}`, Accept: 'application/json' } }, deadline);
        if (outcome.kind === 'error')
            return {
                ok: false,
                outcome: 'unavailable',
                detail: `the Atlassian admin API could not be asked: ${outcome.error}`
            };
        const { status, text } = outcome.response;
        if (status === 401 || status === 403) {
            return {
                ok: false,
                outcome: 'forbidden',
                detail: `the Atlassian admin API answered HTTP ${status}: atlassian-admin-key must be an organization admin API key with the read:tokens:admin scope for organization atlassian-org-id.`
            };
        }
        if (status !== 200)
            return {
                ok: false,
                outcome: 'unavailable',
                detail: `the Atlassian admin API answered HTTP ${status}.`
            };
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            return {
                ok: false,
                outcome: 'unavailable',
                detail: 'the Atlassian admin API answered with a body that is not JSON.'
            };
        }
        for (const item of Array.isArray(body.data) ? body.data : []) {
            const token = toToken(item);
            if (token)
                tokens.push(token);
        }
        const next = body.links?.next;
        if (typeof next !== 'string' || !next)
            url = null;
        else if (/^https?:/.test(next))
            url = next;
        else
            url = `${first}?cursor=${encodeURIComponent(next)}`;
    }
    return { ok: true, tokens };
}
/** Picks the owner's token: by account id or email, then by label when there are several. */
function matchToken(tokens, identity, spec) {
    const email = spec.email.toLowerCase();
    const owned = tokens.filter((t) => t.status.toUpperCase() !== 'REVOKED' &&
        ((identity?.accountId && t.userId === identity.accountId) ||
            (email && t.email?.toLowerCase() === email)));
    if (owned.length === 0) {
        const who = identity?.accountId || email
            ? 'its owner'
            : 'an unknown owner (no email given and /2.0/user unreadable)';
        return {
            outcome: 'not-found',
            detail: `no API token of ${who} is listed in the organization (only managed accounts are listed).`
        };
    }
    const candidates = spec.tokenLabel ? owned.filter((t) => t.label === spec.tokenLabel) : owned;
    if (candidates.length === 1 &&
        candidates[0].expiresAt &&
        !Number.isNaN(Date.parse(candidates[0].expiresAt))) {
        return {
            outcome: 'found',
            expiresAt: new Date(candidates[0].expiresAt),
            detail: `token "${candidates[0].label}"`
        };
    }
    if (candidates.length === 1)
        return {
            outcome: 'not-found',
            detail: `token "${candidates[0].label}" has no expiry date listed.`
        };
    if (candidates.length === 0) {
        return {
            outcome: 'not-found',
            detail: `the owner has no token labelled "${spec.tokenLabel}" (labels: ${owned.map((t) => t.label).join(', ')}); correct token-label.`
        };
    }
    return {
        outcome: 'ambiguous',
        detail: `the owner has ${candidates.length} API tokens (${candidates.map((t) => t.label).join(', ')}); set token-label to the one stored in this secret.`
    };
}
/** A lookup function for the check; the org's list is fetched once, starting now. */
function adminExpiryLookup(settings) {
    const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
        allowedBases: [settings.atlassianApiUrl],
        requestTimeoutMs: Math.min(10_000, settings.timeoutSeconds * 1000)
    });
    const deadline = Date.now() + settings.timeoutSeconds * 1000;
    const list = listOrgTokens(client, settings.atlassianApiUrl, settings.atlassianOrgId, settings.atlassianAdminKey, deadline);
    return async (identity, spec) => {
        const result = await list;
        if (!result.ok)
            return { outcome: result.outcome, detail: result.detail };
        return matchToken(result.tokens, identity, spec);
    };
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e5: () => (/* binding */ renderWorkflowCommands)
/* harmony export */ });
/* unused harmony exports annotationsFor, escapeData, escapeProperty */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4637);
/** One annotation per finding, titled with the credential's name. Pure. */

function annotationsFor(report) {
    return report.credentials.flatMap((c) => c.findings.map((f) => ({
        level: f.level,
        title: `${c.name}: ${_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDINGS */ .TG[f.code]?.title ?? f.code} (${f.code})`,
        message: f.message
    })));
}
/** Workflow-command escaping (the runner's rules for data and properties). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Annotations as GitHub workflow commands (for the CLI's --format github). */
function renderWorkflowCommands(report) {
    return (annotationsFor(report)
        .map((a) => `::${a.level} title=${escapeProperty(a.title)}::${escapeData(a.message)}`)
        .join('\n') + '\n');
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4637);
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(736);
/** The job summary as markdown: one table row per credential, then the fixes under it. Pure. */


const ICON = { ok: '✅ ok', warning: '⚠️ warning', failure: '❌ failure' };
const LEVEL = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function identityText(c) {
    if (!c.identity)
        return '—';
    return c.identity.username ?? c.identity.accountId ?? '—';
}
function expiryText(c) {
    if (!c.expiresAt)
        return 'unknown';
    const day = c.expiresAt.slice(0, 10);
    if (c.expirySource === 'lifetime-bound')
        return `no later than ${day}`;
    if (c.expirySource === 'oauth')
        return 'per run (OAuth)';
    return `${day} (${c.expirySource})`;
}
function renderSummary(report, options = {}) {
    const lines = [];
    lines.push(`## ${options.title ?? 'Bitbucket credentials'}: ${ICON[report.status]}`, '');
    lines.push(`Checked ${report.credentials.length} credential(s) at ${report.checkedAt}.`, '');
    lines.push('| Name | Kind | Verdict | Identity | Scopes | Missing scopes | Expiry | Days left | Status |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const c of report.credentials) {
        lines.push(`| ${[
            c.name,
            _core_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .GW[c.type].label,
            c.verdict,
            identityText(c),
            c.scopes.join(', ') || '—',
            c.missingScopes.join(', ') || '—',
            expiryText(c),
            c.daysLeft === null ? '—' : String(c.daysLeft),
            ICON[c.status]
        ]
            .map(cell)
            .join(' | ')} |`);
    }
    for (const c of report.credentials) {
        const shown = c.findings.filter((f) => f.code !== 'expires-in' || c.findings.length === 1);
        if (shown.length === 0 && !c.usage && !c.git)
            continue;
        lines.push('', `### ${cell(c.name)}`, '');
        for (const f of c.findings) {
            lines.push(`- ${LEVEL[f.level]} **${_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDINGS */ .TG[f.code]?.title ?? f.code}** (\`${f.code}\`): ${f.message}`);
        }
        if (c.git) {
            const flag = (v) => (v === null ? 'not checked' : v ? 'yes' : 'no');
            lines.push(`- Git over HTTPS as \`${c.git.username}\`: read ${flag(c.git.read)}, write ${flag(c.git.write)}`);
            if (c.git.declared) {
                lines.push(`- Git over HTTPS as the declared \`${c.git.declared.username}\`: read ${flag(c.git.declared.read)}, write ${flag(c.git.declared.write)}`);
            }
        }
        if (c.usage) {
            lines.push(`- How to use it: REST ${c.usage.rest}; Git username \`${c.usage.gitUsername}\`, clone URL \`${c.usage.cloneUrl}\``);
        }
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 7445:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTable)
/* harmony export */ });
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(736);
/** A plain-text table for terminals, with the findings under it; colour only when asked. Pure. */

const COLOUR = {
    ok: '\x1b[32m',
    warning: '\x1b[33m',
    failure: '\x1b[31m',
    error: '\x1b[31m',
    notice: '\x1b[36m'
};
function renderTable(report, colour = false) {
    const paint = (key, text) => colour ? `${COLOUR[key]}${text}\x1b[0m` : text;
    const header = ['NAME', 'KIND', 'VERDICT', 'EXPIRES', 'DAYS', 'STATUS'];
    const rows = report.credentials.map((c) => [
        c.name,
        _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .GW[c.type].label.replace(/ \(.*\)$/, ''),
        c.verdict,
        c.expiresAt
            ? `${c.expirySource === 'lifetime-bound' ? '≤' : ''}${c.expiresAt.slice(0, 10)}`
            : 'unknown',
        c.daysLeft === null ? '-' : String(c.daysLeft),
        c.status
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r
        .map((v, i) => v.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const out = [line(header)];
    report.credentials.forEach((c, i) => {
        const text = line(rows[i]);
        out.push(paint(c.status, text));
    });
    for (const c of report.credentials) {
        if (c.findings.length === 0)
            continue;
        out.push('', `${c.name}:`);
        for (const f of c.findings) {
            const level = f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
            out.push(`  ${paint(level, level.toUpperCase().padEnd(7))} [${f.code}] ${f.message}`);
        }
        if (c.usage && c.status !== 'ok')
            out.push(`  how to use it: REST ${c.usage.rest}; Git ${c.usage.cloneUrl}`);
    }
    out.push('', `Overall: ${paint(report.status, report.status)} (${report.credentials.length} credential(s), checked ${report.checkedAt})`);
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The package version, shown by --version (a test keeps it equal to package.json). */
const VERSION = '1.0.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
