/**
 * One 401 is weak evidence: Bitbucket sends sporadic 401s to valid credentials under concurrent
 * use (BCLOUD-24107). A refusal is asked again once, after this pause, when the budget allows.
 */
export const CONFIRM_DELAY_MS = 1000

/** Waits the confirmation pause and says true, or says false at once when no time is left. */
export async function pauseToConfirm(
  sleep: (ms: number) => Promise<void>,
  deadline: number
): Promise<boolean> {
  if (deadline - Date.now() <= CONFIRM_DELAY_MS + 500) return false
  await sleep(CONFIRM_DELAY_MS)
  return true
}
