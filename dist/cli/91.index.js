export const id = 91;
export const ids = [91];
export const modules = {

/***/ 5091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
});

// UNUSED EXPORTS: ISSUE_LABEL, ISSUE_TITLE, loadHistory

// EXTERNAL MODULE: ./src/check/run-check.ts + 21 modules
var run_check = __webpack_require__(3738);
// EXTERNAL MODULE: ./src/inputs/parse-values.ts
var parse_values = __webpack_require__(9293);
// EXTERNAL MODULE: ./src/report/render-summary.ts
var render_summary = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/tracking/issue-state.ts
const MARKER = 'bitbucket-credential-check-state';
function readState(body) {
    const match = new RegExp(`<!-- ${MARKER}: (.*?) -->`, 's').exec(body ?? '');
    if (!match)
        return {};
    try {
        const parsed = JSON.parse(match[1]);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
function nextState(previous, report, fingerprints) {
    const state = { ...previous };
    report.credentials.forEach((c, i) => {
        const fp = fingerprints[i];
        if (!fp)
            return;
        const before = previous[fp];
        const firstSeenValid = before?.firstSeenValid ?? (c.verdict === 'valid' ? report.checkedAt : null);
        state[fp] = { name: c.name, firstSeenValid, lastVerdict: c.verdict };
    });
    return state;
}
function writeState(state) {
    return `<!-- ${MARKER}: ${JSON.stringify(state).replace(/--/g, '-\\u002d')} -->`;
}

;// CONCATENATED MODULE: ./src/tracking/tracking-issue.ts




const ISSUE_TITLE = 'Bitbucket credentials need attention';
const ISSUE_LABEL = 'bitbucket-credential-check';
async function octokit(settings) {
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new parse_values/* InputError */.dz('tracking-issue needs GITHUB_REPOSITORY (owner/repo); it is set on GitHub runners.');
    if (!settings.githubToken)
        throw new parse_values/* InputError */.dz('tracking-issue needs github-token (default ${{ github.token }}) with issues: write permission.');
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(settings.githubToken, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
    });
    // Every GitHub call is bounded like the Bitbucket ones.
    const client = {
        request: (route, params) => octokit.request(route, {
            ...params,
            request: { signal: AbortSignal.timeout(settings.timeoutSeconds * 1000) }
        })
    };
    return { client, owner, repo };
}
function explain(error, action) {
    const status = error.status;
    if (status === 403 || status === 401) {
        return new parse_values/* InputError */.dz(`tracking-issue: GitHub refused to ${action} (HTTP ${status}). Give the job "permissions: issues: write" (and contents: read), or pass a github-token that may write issues.`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return new parse_values/* InputError */.dz(`tracking-issue: could not ${action}: ${message}. The credential report was written before this error; re-run the job to update the issue.`);
}
async function loadHistory(settings) {
    const empty = { issue: null, state: {}, lookup: () => undefined };
    let api;
    try {
        api = await octokit(settings);
    }
    catch {
        return empty;
    }
    try {
        const { data } = await api.client.request('GET /repos/{owner}/{repo}/issues', {
            owner: api.owner,
            repo: api.repo,
            labels: ISSUE_LABEL,
            state: 'all',
            per_page: 100
        });
        const issues = (Array.isArray(data) ? data : []);
        const found = issues.find((i) => i.title === ISSUE_TITLE && !i.pull_request);
        if (!found)
            return empty;
        const state = readState(found.body);
        return {
            issue: { number: found.number, state: found.state, body: found.body ?? '' },
            state,
            lookup: (fp) => state[fp]
        };
    }
    catch (error) {
        throw explain(error, 'list issues');
    }
}
async function syncTrackingIssue(settings, report, history, redactor) {
    const api = await octokit(settings);
    const loaded = history ?? (await loadHistory(settings));
    const state = nextState(loaded.state, report, settings.credentials.map(run_check/* fingerprint */.Rj));
    const runUrl = process.env.GITHUB_RUN_ID
        ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${api.owner}/${api.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : '';
    const body = redactor.redact([
        (0,render_summary/* renderSummary */.B)(report, { title: 'Bitbucket credential health' }),
        runUrl ? `Last checked by ${runUrl}` : '',
        writeState(state)
    ]
        .filter(Boolean)
        .join('\n\n'));
    const needsAttention = report.status !== 'ok';
    const base = { owner: api.owner, repo: api.repo };
    try {
        if (!loaded.issue) {
            if (!needsAttention)
                return;
            await api.client.request('POST /repos/{owner}/{repo}/issues', {
                ...base,
                title: ISSUE_TITLE,
                body,
                labels: [ISSUE_LABEL]
            });
            return;
        }
        const number = loaded.issue.number;
        if (needsAttention) {
            await api.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                ...base,
                issue_number: number,
                body,
                state: 'open'
            });
            return;
        }
        await api.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...base,
            issue_number: number,
            body
        });
        if (loaded.issue.state === 'open') {
            await api.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                ...base,
                issue_number: number,
                body: `All ${report.credentials.length} Bitbucket credential(s) are healthy as of ${report.checkedAt}. Closing.`
            });
            await api.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                ...base,
                issue_number: number,
                state: 'closed',
                state_reason: 'completed'
            });
        }
    }
    catch (error) {
        throw explain(error, loaded.issue ? 'update the tracking issue' : 'open the tracking issue');
    }
}


/***/ })

};
