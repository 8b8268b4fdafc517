/** Entry point of the action bundle: runs the check. */
import { run } from './main.js'

await run()
