/** The executable: runs main() on the command line and sets the exit status. */

import { main } from './main.js';

main(process.argv.slice(2)).then(
  (status) => {
    // Not process.exit(): that could cut off output still being written to a pipe.
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`course-widgets: unexpected error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 70;
  },
);
