export const id = 831;
export const ids = [831];
export const modules = {

/***/ 8831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportFailure: () => (/* binding */ reportFailure),
  reportRun: () => (/* binding */ reportRun),
  warnAbout: () => (/* binding */ warnAbout)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/core/server-text.ts
var server_text = __webpack_require__(818);
// EXTERNAL MODULE: ./src/inputs/parse-values.ts
var parse_values = __webpack_require__(9293);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/core/data-center-permissions.ts
var data_center_permissions = __webpack_require__(1360);
// EXTERNAL MODULE: ./src/core/scopes.ts
var scopes = __webpack_require__(1074);
// EXTERNAL MODULE: ./src/report/triage.ts
var triage = __webpack_require__(9640);
;// CONCATENATED MODULE: ./src/report/outputs.ts



/** One line, no control characters: an output value a later step can paste anywhere. */
const oneLine = (text) => 
// eslint-disable-next-line no-control-regex
text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
function outputsFor(report, trackingIssueUrl = '') {
    const first = report.credentials[0];
    const counts = (0,triage/* countsOf */.mQ)(report);
    const next = (0,triage/* soonest */.WH)(report);
    return {
        status: report.status,
        report: JSON.stringify(report),
        type: first?.type ?? '',
        // Only well-formed scope names: workflows interpolate outputs into run: scripts.
        scopes: first?.scopes.filter((s) => (0,scopes/* isScopeName */.I1)(s) || (0,data_center_permissions/* isDataCenterPermission */.Vl)(s)).join(',') ?? '',
        'expires-at': first?.expiresAt ?? '',
        'days-left': String(first?.daysLeft ?? ''),
        checked: String(counts.checked),
        failures: String(counts.failing),
        warnings: String(counts.warnings),
        'soonest-name': oneLine(next?.name ?? ''),
        'soonest-expires-at': next?.expiresAt ?? '',
        'soonest-days-left': String(next?.daysLeft ?? ''),
        'tracking-issue-url': oneLine(trackingIssueUrl)
    };
}

// EXTERNAL MODULE: ./src/report/render-summary.ts + 1 modules
var render_summary = __webpack_require__(3833);
;// CONCATENATED MODULE: ./src/runner/report-run.ts
/**
 * The action's reporting side: annotations, the tracking issue, outputs, the step summary, the
 * closing line and the exit code, all through @actions/core. main.ts loads this module with a
 * dynamic import() once the check is on the wire, so its module load costs no request time.
 */








const INPUT_ERROR_TITLE = 'Bitbucket Credential Check: invalid input';
const TRACKING_TITLE = 'Bitbucket Credential Check: tracking issue not updated';
const WARNING_TITLES = {
    'tracking-issue-not-updated': TRACKING_TITLE,
    'tracking-issue': 'Bitbucket Credential Check: tracking issue',
    'state-file': 'Bitbucket Credential Check: state file'
};
/**
 * @actions/core escapes what would end a workflow command, but the legacy `##[command]` form is
 * matched anywhere in a line: server text never carries it into the log.
 */
const inert = (text) => text.replace(/##\[/g, '# #[');
/** A history warning (state file, tracking issue), titled by its topic. */
function warnAbout(topic, message, redactor) {
    core/* warning */.$e(inert(redactor.redact(message)), { title: WARNING_TITLES[topic] });
}
/** The budgeted annotations, each pointing at its credentials-file item when it has one. */
function emitAnnotations(report, specs, redactor) {
    for (const a of (0,annotations/* annotationsFor */.gX)(report, specs.map((s) => s.source))) {
        const message = inert(redactor.redact(a.message));
        const props = { title: inert(redactor.redact(a.title)) };
        if (a.file)
            props.file = a.file;
        if (a.line)
            props.startLine = a.line;
        if (a.level === 'error')
            core/* error */.z3(message, props);
        else if (a.level === 'warning')
            core/* warning */.$e(message, props);
        else
            core/* notice */.lm(message, props);
    }
}
function writeOutputs(report, redactor, trackingIssueUrl) {
    for (const [name, value] of Object.entries(outputsFor(report, trackingIssueUrl))) {
        core/* setOutput */.uH(name, redactor.redact(value));
    }
}
async function writeSummary(run, redactor, trackingIssueUrl) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = (0,render_summary/* renderSummary */.B)(run.report, {
        policy: run.settings,
        trackingIssueUrl,
        durationMs: run.durationMs
    });
    await core/* summary */.z.addRaw(redactor.redact(summary), true).write();
}
/** Everything the runner shows of a finished check, in the order it has always been written. */
async function reportRun(run, redactor) {
    const { report, history } = run;
    emitAnnotations(report, run.settings.credentials, redactor);
    // The tracking issue first, so that the summary and the outputs can link it.
    const tracked = await history?.finish(report, (text) => redactor.redact(text));
    const trackingIssueUrl = tracked?.issueUrl ?? '';
    writeOutputs(report, redactor, trackingIssueUrl);
    await writeSummary(run, redactor, trackingIssueUrl);
    core/* info */.pq((0,triage/* countsLine */.J7)(report, run.durationMs));
    if (tracked?.error) {
        core/* error */.z3(inert(redactor.redact(`tracking-issue: ${tracked.error.message}`)), {
            title: TRACKING_TITLE
        });
        process.exitCode = core/* ExitCode */.yU.Failure;
    }
    if ((0,core_report/* exitCodeFor */.Rr)(report) !== 0)
        process.exitCode = core/* ExitCode */.yU.Failure;
}
/** A run that could not finish: one titled error, and a failing exit. */
function reportFailure(error, redactor) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof parse_values/* InputError */.dz) {
        core/* error */.z3(inert(redactor.redact(message)), { title: INPUT_ERROR_TITLE });
    }
    else {
        core/* error */.z3(inert(redactor.redact(`${(0,server_text/* cleanText */.X)(message, 300)}. This is a bug in bitbucket-credential-check or its environment: re-run the job, and report it if it persists.`)), { title: 'Bitbucket Credential Check: unexpected error' });
    }
    process.exitCode = core/* ExitCode */.yU.Failure;
}


/***/ })

};
