import { Command } from 'commander';
import { vi } from 'vitest';
import { registerCheckCommand, registerGlossaryCommands } from '../../src/glossary/cli/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kazlex <args>` in-process on a fresh commander program, capturing output and exit code. */
export async function runCli(args: readonly string[]): Promise<CliResult> {
  const program = new Command('kazlex').exitOverride();
  registerGlossaryCommands(program);
  registerCheckCommand(program);
  const visit = (command: Command) => {
    command.exitOverride();
    command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
    for (const sub of command.commands) visit(sub);
  };
  visit(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  let code: number;
  try {
    await program.parseAsync([...args], { from: 'user' });
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    code = (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
  return { code, stdout, stderr };
}
