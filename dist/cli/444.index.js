export const id = 444;
export const ids = [444];
export const modules = {

/***/ 2444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export retriesWithin */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The GitHub client of the tracking issue: @actions/github's Octokit (typed rest.issues.*) with
 * the retry plugin (5xx and network errors, with back-off) and the throttling plugin (primary
 * and secondary rate limits, writes spaced as GitHub asks). Each call, its retries and waits
 * included, is bounded by timeout-seconds.
 */



/** The deadline of the call being made, stored on its request options by the wrap hook. */
const DEADLINE = 'bitbucketCredentialCheckDeadline';
function remainingMs(options) {
    const deadline = options.request?.[DEADLINE];
    return typeof deadline === 'number' ? deadline - Date.now() : 0;
}
const MAX_RETRIES = 3;
/**
 * How many retries fit in a call's bound: the retry plugin waits (n + 1)² back-off units
 * before retry n + 1, so a 20 s bound takes all three (1 + 4 + 9 s), a 3 s bound one.
 */
function retriesWithin(budgetMs, unitMs) {
    let retries = 0;
    let waited = 0;
    while (retries < MAX_RETRIES && waited + (retries + 1) ** 2 * unitMs < budgetMs) {
        retries++;
        waited += retries ** 2 * unitMs;
    }
    return retries;
}
function createGitHubClient(options) {
    const unit = options.tuning?.backoffUnitMs ?? 1000;
    /** A rate limit is waited out once, and only when the wait fits in the call's bound. */
    const onLimit = (kind) => (retryAfter, request, _o, count) => {
        if (count === 0 && retryAfter * unit < remainingMs(request))
            return true;
        options.warn(`GitHub ${kind} rate limit: retry after ${retryAfter} s, longer than timeout-seconds allows.`);
        return false;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl,
        // 429 is the throttling plugin's to handle; 4xx are answers, not accidents.
        retry: {
            // Only the retries that fit: a failing call then reports GitHub's last answer.
            retries: retriesWithin(options.timeoutMs, unit),
            retryAfterBaseValue: unit,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...options.tuning?.groups
        },
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
    // Registered last, so it wraps the plugins: one deadline per call, retries included. A plain
    // abort (AbortError) is not retried by the retry plugin; a timeout error would be.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), options.timeoutMs);
        requestOptions.request = {
            ...requestOptions.request,
            signal: controller.signal,
            [DEADLINE]: Date.now() + options.timeoutMs
        };
        try {
            return await request(requestOptions);
        }
        finally {
            clearTimeout(timer);
        }
    });
    return octokit;
}


/***/ })

};
