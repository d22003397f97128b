import { parseArgs } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCommandLine } from '../../scripts/cli';

const USAGE = 'Usage: tool [--count N] FILE';

function readTool(argv: string[]): { file: string; count?: string } | string {
  const { values, positionals } = parseArgs({ args: argv, options: { count: { type: 'string' } }, allowPositionals: true, strict: true });
  const [file] = positionals;
  return file === undefined ? 'no file given' : { file, count: values.count };
}

describe('readCommandLine', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => vi.clearAllMocks());

  it('gives the arguments the script read', () => {
    expect(readCommandLine('tool', USAGE, ['a.json', '--count', '3'], readTool)).toEqual({ args: { file: 'a.json', count: '3' } });
    expect(error).not.toHaveBeenCalled();
  });

  it('prints the usage for --help or -h, wherever it stands, and exits 0', () => {
    expect(readCommandLine('tool', USAGE, ['--count', '-h'], readTool)).toEqual({ exitCode: 0 });
    expect(readCommandLine('tool', USAGE, ['--unknown', '--help'], readTool)).toEqual({ exitCode: 0 });
    expect(log.mock.calls).toEqual([[USAGE], [USAGE]]);
  });

  it("prints the script's own message or parseArgs' one, then the usage, and exits 2", () => {
    expect(readCommandLine('tool', USAGE, [], readTool)).toEqual({ exitCode: 2 });
    expect(readCommandLine('tool', USAGE, ['a.json', '--size', '3'], readTool)).toEqual({ exitCode: 2 });
    expect(readCommandLine('tool', USAGE, ['a.json', '--count'], readTool)).toEqual({ exitCode: 2 });
    expect(error.mock.calls).toEqual([
      [`tool: no file given\n\n${USAGE}`],
      [`tool: Unknown option '--size'\n\n${USAGE}`],
      [`tool: Option '--count <value>' argument missing\n\n${USAGE}`],
    ]);
  });

  it('lets other errors through', () => {
    const broken = (): never => {
      throw new Error('bug');
    };
    expect(() => readCommandLine('tool', USAGE, [], broken)).toThrow('bug');
  });
});
