// The command line of the npm scripts: --help and usage errors handled the same way in each.
/** What `readCommandLine` gives back: the script's arguments, or the exit code when there is nothing to run. */
export type CommandLine<T> = { args: T } | { exitCode: number };

/**
 * Reads argv with `read` (which calls `parseArgs` strictly and checks the values, returning a message
 * when something is wrong). `--help` or `-h` anywhere prints `usage` (exit 0); a usage error prints
 * `command: message`, a blank line and `usage` on stderr (exit 2).
 */
export function readCommandLine<T>(
  command: string,
  usage: string,
  argv: readonly string[],
  read: (argv: string[]) => T | string,
): CommandLine<T> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return { exitCode: 0 };
  }
  let args: T | string;
  try {
    args = read([...argv]);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    // Node's hint about `--` (for a file name that starts with a dash) would only confuse here.
    args = error.message.split('. To specify a positional argument')[0] ?? error.message;
  }
  if (typeof args === 'string') {
    console.error(`${command}: ${args}\n\n${usage}`);
    return { exitCode: 2 };
  }
  return { args };
}

/** The errors `parseArgs` throws for an unknown option, a missing value or an unexpected argument. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS_');
}
