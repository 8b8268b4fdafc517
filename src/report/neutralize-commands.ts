/**
 * Under GitHub Actions the runner executes workflow commands found in a step's output: a line
 * that starts with `::` (`::add-mask::`, `::stop-commands::`) and, anywhere in a line, the legacy
 * `##[set-output …]`. Output that is not meant to hold commands (the CLI's table, markdown and
 * json) is written with both forms broken, so server or user text in it stays text.
 */

/** Breaks workflow commands in text; JSON keeps its value (`[` written as `\u005b`). */
export function neutralizeCommands(text: string, json = false): string {
  const legacy = json ? '##\\u005b' : '# #['
  return text.replace(/##\[/g, legacy).replace(/^(\s*):(?=:)/gm, '$1: ')
}
