export const id = 289;
export const ids = [289];
export const modules = {

/***/ 3289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startDemo: () => (/* binding */ startDemo)
});

// UNUSED EXPORTS: demoCredentials

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/kinds.ts
var kinds = __webpack_require__(736);
;// CONCATENATED MODULE: ./src/emulator/consumer-endpoints.ts
const page = (values) => ({ pagelen: 10, page: 1, size: values.length, values });
function matchScopedRoute(path) {
    const d = decodeURIComponent;
    let m = /^\/2\.0\/workspaces\/([^/]+)\/?$/.exec(path);
    if (m)
        return {
            granular: 'read:workspace:bitbucket',
            // The OpenAPI lists no classic scope for this endpoint (docs/bitbucket-facts.md §3.1).
            classic: '',
            workspace: d(m[1]),
            body: (ws) => ({ type: 'workspace', slug: ws })
        };
    m = /^\/2\.0\/repositories\/([^/]+)\/?$/.exec(path);
    if (m)
        return {
            granular: 'read:repository:bitbucket',
            classic: 'repository',
            workspace: d(m[1]),
            body: () => page([])
        };
    m = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/pullrequests\/?$/.exec(path);
    if (m)
        return {
            granular: 'read:pullrequest:bitbucket',
            classic: 'pullrequest',
            workspace: d(m[1]),
            repository: `${d(m[1])}/${d(m[2])}`,
            body: () => page([])
        };
    m = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/commit\/([0-9a-f]{7,40})\/statuses\/?$/.exec(path);
    if (m)
        return {
            granular: 'read:repository:bitbucket',
            classic: 'repository',
            workspace: d(m[1]),
            repository: `${d(m[1])}/${d(m[2])}`,
            body: () => page([])
        };
    return null;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/emulator/loopback-server.ts
/**
 * What both emulators share (the Cloud core here, the Data Center mode in the tests): a server
 * on 127.0.0.1 (TLS when given a certificate), stopped with its open connections, the faults
 * it was told to inject, each at most `times` times, and the Authorization header read back.
 */


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
class LoopbackServer {
    options;
    url = '';
    server;
    faultUses = new Map();
    constructor(options) {
        this.options = options;
    }
    async start() {
        const tls = this.options.tls;
        const server = (this.server = tls
            ? (0,external_node_https_.createServer)(tls, (req, res) => void this.handle(req, res))
            : (0,external_node_http_.createServer)((req, res) => void this.handle(req, res)));
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        this.url = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
        return this;
    }
    async stop() {
        this.server?.closeAllConnections();
        await new Promise((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
    }
    /** The first fault for this path that has uses left, counted as used. */
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
}

;// CONCATENATED MODULE: ./src/emulator/send.ts
/** Bitbucket Cloud's edge: envoy. */
const CLOUD_EDGE = {
    json: 'application/json; charset=utf-8',
    headers: { server: 'envoy' }
};
function sendVia(edge, res, status, body, headers = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : edge.json,
        ...edge.headers,
        ...headers
    });
    res.end(text);
}
/** An answer as Bitbucket Cloud sends it. */
const send = (res, status, body, headers = {}) => sendVia(CLOUD_EDGE, res, status, body, headers);

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/emulator/tokens.ts
/** Makes secrets shaped like Bitbucket's (prefix, body, CRC-32 suffix), deterministic per seed. */


/**
 * The emulator states its own facts rather than importing the product's, so a wrong rule in
 * src/core fails the end-to-end tests instead of being agreed with. Atlassian-shaped secrets end in
 * the upper-case hex CRC-32 of everything before it (docs/bitbucket-facts.md §1.3; mirrors
 * src/core/checksum.ts).
 */
function withChecksum(body) {
    return body + ((0,external_node_zlib_.crc32)(body) >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
function body(seed, length) {
    let out = '';
    for (let i = 0; out.length < length; i++) {
        out += (0,external_node_crypto_.createHash)('sha256').update(`${seed}:${i}`).digest('base64url');
    }
    return out.slice(0, length);
}
/** A 192-character API token (ATATT3…). */
const makeApiToken = (seed) => withChecksum(`ATATT3xFfGF0${body(seed, 171)}=`);
/** A 192-character repository/project/workspace access token (ATCTT3…). */
const makeAccessToken = (seed) => withChecksum(`ATCTT3xFfGN0${body(seed, 171)}=`);
/** A 36-character app password (ATBB…). */
const makeAppPassword = (seed) => withChecksum(`ATBB${body(seed, 24).replace(/[-_]/g, 'x')}`);
/** An opaque OAuth access token. */
const makeOAuthToken = (seed) => `${body(seed, 64)}==`;

;// CONCATENATED MODULE: ./src/emulator/emulator-core.ts




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
/**
 * Classic scope → the classic scopes Bitbucket treats it as implying
 * (docs/bitbucket-facts.md §5.1). Stated here, not imported from src/core/scopes.ts, so a wrong row
 * in the product's table fails the end-to-end tests instead of being agreed with by the double.
 */
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
function has(token, scope) {
    const all = new Set();
    for (const s of token.scopes) {
        all.add(s);
        for (const i of (Object.hasOwn(CLASSIC_IMPLIES, s) && CLASSIC_IMPLIES[s]) || [])
            all.add(i);
    }
    return all.has(scope);
}
class BitbucketEmulatorCore extends LoopbackServer {
    extensions;
    requests = [];
    minted = [];
    constructor(options = {}, extensions = {}) {
        super(options);
        this.extensions = extensions;
    }
    get apiUrl() {
        return `${this.url}/2.0`;
    }
    get oauthUrl() {
        return `${this.url}/site/oauth2/access_token`;
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://emulator');
        const auth = parseAuth(req.headers.authorization);
        this.requests.push({
            method: req.method ?? 'GET',
            path: url.pathname + url.search,
            scheme: auth.scheme,
            user: auth.scheme === 'basic' ? auth.user : '',
            host: req.headers.host ?? '',
            at: Date.now()
        });
        if (this.options.latencyMs)
            await new Promise((r) => setTimeout(r, this.options.latencyMs));
        const fault = this.fault(url.pathname);
        if (fault && this.extensions.applyFault?.(fault, res))
            return;
        try {
            if (url.pathname === '/2.0/user')
                return this.user(auth, res);
            const repo = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
            if (repo)
                return this.repository(auth, `${decodeURIComponent(repo[1])}/${decodeURIComponent(repo[2])}`, res);
            const scoped = matchScopedRoute(url.pathname);
            if (scoped)
                return this.scoped(auth, scoped, res);
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
        const expired = token?.expiresAt !== undefined && Date.parse(token.expiresAt) <= Date.now();
        if (token?.kind === 'oauth-access-token' && expired && auth.scheme === 'bearer') {
            // A stored OAuth access token past its life (docs/bitbucket-facts.md §4.1, §8).
            return send(res, 401, { type: 'error', error: { message: 'Access token expired.' } });
        }
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
            if (token.userAnswer === 401) {
                // A first-hand capture for a repository access token (docs/bitbucket-facts.md §8).
                return send(res, 401, {
                    type: 'error',
                    error: { message: 'Token is invalid or not supported for this endpoint.' }
                });
            }
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
    /** A consumer endpoint: 401, 404 outside the known world, 403 without scope or reach. */
    scoped(auth, route, res) {
        const token = this.resolve(auth);
        if (!token)
            return this.unauthorized(auth, res);
        const required = token.kind === 'api-token' ? route.granular : route.classic;
        const known = this.options.repositories ?? [];
        const exists = route.repository
            ? known.includes(route.repository)
            : known.some((r) => r.startsWith(`${route.workspace}/`));
        if (!exists)
            return send(res, 404, { type: 'error', error: { message: 'Resource not found' } });
        if (required && !has(token, required))
            return this.forbidden(token, required, required, res);
        const reach = token.repositories;
        const reaches = route.repository
            ? this.reaches(token, route.repository)
            : !reach || reach.some((r) => r.startsWith(`${route.workspace}/`));
        if (!reaches)
            return send(res, 403, { type: 'error', error: { message: 'Access denied.' } }, this.scopeHeaders(token, required));
        send(res, 200, route.body(route.repository ?? route.workspace), this.scopeHeaders(token, required));
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
        const body = JSON.stringify({
            access_token: secret,
            scope: consumer.scopes.join(' '),
            expires_in: consumer.expiresIn ?? 7200,
            token_type: 'bearer',
            state: 'client_credentials'
        });
        res.writeHead(200, { 'content-type': 'application/json', server: 'envoy' });
        res.end(consumer.expiresInRaw
            ? body.replace(/"expires_in":[^,}]+/, `"expires_in":${consumer.expiresInRaw}`)
            : body);
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
    /** The token behind a Git request, or null once Bitbucket's refusal has been sent. */
    gitToken(auth, res) {
        const challenge = { 'www-authenticate': 'Basic realm="Bitbucket.org HTTP"' };
        if (auth.scheme !== 'basic') {
            send(res, 401, 'Unauthorized', challenge);
            return null;
        }
        const known = [...(this.options.tokens ?? []), ...this.minted].find((t) => t.secret === auth.secret);
        if (known?.kind === 'app-password') {
            send(res, 410, 'CHANGE-3222 - Functionality has been deprecated\nApp passwords are deprecated and must be replaced with API tokens.\nhttps://developer.atlassian.com/cloud/bitbucket/changelog#CHANGE-3222\n');
            return null;
        }
        const token = known &&
            this.resolve(known.kind === 'api-token'
                ? { scheme: 'basic', user: known.account?.email ?? '', secret: known.secret }
                : { scheme: 'bearer', user: '', secret: known.secret });
        if (!token || !this.gitUserOk(token, auth.user)) {
            send(res, 401, 'remote: You may not have access to this repository or it no longer exists in this workspace. If you think this repository exists and you have access, make sure you are authenticated.\n', challenge);
            return null;
        }
        return token;
    }
    async git(req, res, auth, fullName, rest, url) {
        const service = url.searchParams.get('service') ?? rest.replace(/^\//, '');
        const token = this.gitToken(auth, res);
        if (!token)
            return;
        if (!(this.options.repositories ?? []).includes(fullName) || !this.reaches(token, fullName))
            return send(res, 404, 'Repository not found\n');
        if (!gitScopes(token, service === 'git-receive-pack').every((s) => has(token, s)))
            return send(res, 403, 'remote: Your credentials lack one or more required privilege scopes.\n');
        const backend = this.extensions.runGitBackend;
        if (!this.options.gitProjectRoot || !backend)
            return advertiseRefs(res, service);
        await backend(this.options.gitProjectRoot, req, res, url, auth.user);
    }
}
/** The scopes a clone (or, for a push, a write) needs from this kind of token. */
function gitScopes(token, write) {
    const granular = token.kind === 'api-token';
    if (!write)
        return [granular ? 'read:repository:bitbucket' : 'repository'];
    return granular
        ? ['read:repository:bitbucket', 'write:repository:bitbucket']
        : ['repository:write'];
}
/** An empty ref advertisement for the service: enough for `git ls-remote` to succeed. */
function advertiseRefs(res, service) {
    res.writeHead(200, {
        'content-type': `application/x-${service}-advertisement`,
        'cache-control': 'no-cache'
    });
    const line = `# service=${service}\n`;
    res.end(`${(line.length + 4).toString(16).padStart(4, '0')}${line}0000`);
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
    appPassword: makeAppPassword('app-password'),
    adminOnly: makeApiToken('admin-only'),
    expiredOAuth: makeOAuthToken('expired-oauth'),
    repoTokenUser401: makeAccessToken('repo-token-user-401')
};
const CONSUMER = {
    key: 'K8sPq2Vx7mW4nR9tY3bZ6cF1gH5jL0aD',
    secret: 'consumer-secret-' + 'x'.repeat(60)
};
const apiToken = (secret, scopes, extra = {}) => ({
    secret,
    kind: 'api-token',
    scopes,
    account: JDOE,
    ...extra
});
/** The API tokens (one per scope case), the unscoped one and the app password, all Jane Doe's. */
function accountTokens() {
    return [
        apiToken(SECRETS.healthy, [
            'read:user:bitbucket',
            'read:repository:bitbucket',
            'write:repository:bitbucket'
        ]),
        apiToken(SECRETS.readOnly, ['read:user:bitbucket', 'read:repository:bitbucket']),
        apiToken(SECRETS.noReadUser, ['read:repository:bitbucket', 'write:repository:bitbucket']),
        apiToken(SECRETS.admin, [
            'read:user:bitbucket',
            'read:repository:bitbucket',
            'write:repository:bitbucket',
            'admin:repository:bitbucket',
            'delete:repository:bitbucket'
        ]),
        { secret: SECRETS.noScopes, kind: 'unscoped-api-token', scopes: [], account: JDOE },
        apiToken(SECRETS.revoked, ['read:user:bitbucket', 'read:repository:bitbucket'], {
            revoked: true
        }),
        { secret: SECRETS.appPassword, kind: 'app-password', scopes: ['repository'], account: JDOE },
        apiToken(SECRETS.adminOnly, ['read:user:bitbucket', 'admin:repository:bitbucket'])
    ];
}
/** Repository, project and workspace access tokens, and a stored OAuth token past its life. */
function accessTokens() {
    return [
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
        {
            secret: SECRETS.expiredOAuth,
            kind: 'oauth-access-token',
            scopes: ['repository'],
            expiresAt: '2026-01-01T00:00:00.000Z'
        },
        {
            secret: SECRETS.repoTokenUser401,
            kind: 'repository-access-token',
            scopes: ['repository'],
            repositories: [REPO],
            userAnswer: 401
        }
    ];
}
function sampleWorld() {
    return {
        repositories: [REPO, OTHER_REPO],
        tokens: [...accountTokens(), ...accessTokens()],
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
/**
 * The --demo: the slim emulator core in-process on loopback, with sample credentials that show
 * every verdict. cli.ts loads this module with a dynamic import(), only for --demo; it never
 * loads the test-only parts of the emulator (faults, Git's CGI backend).
 */




/** The sample credentials, one per verdict, as `credentials` list items. */
function demoCredentials(now) {
    return [
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
            'git-username': kinds/* ACCESS_TOKEN_GIT_USER */.cx,
            'expires-at': inDays(now, 60)
        },
        {
            name: 'copy-paste (truncated secret)',
            token: SECRETS.healthy.slice(0, 180),
            email: JDOE.email
        }
    ];
}
async function startDemo(now) {
    const emulator = await new BitbucketEmulatorCore(sampleWorld()).start();
    return {
        emulator,
        values: {
            credentials: (0,js_yaml/* dump */.Bh)(demoCredentials(now), { lineWidth: -1 }),
            'api-url': emulator.apiUrl,
            'git-url': emulator.url,
            'oauth-url': emulator.oauthUrl,
            'timeout-seconds': '10'
        }
    };
}


/***/ })

};
