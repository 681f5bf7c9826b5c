// Runs the built CLI as a user would, and names the seed pages the end-to-end tests use.
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

export const ROOT = resolve(import.meta.dirname, "../..");
export const SEED_000 = resolve(ROOT, "../shared/seeds/000_7b13ad20f772f1d8.txt");
export const SEED_001 = resolve(ROOT, "../shared/seeds/001_1d9d58bbc744f926.txt");

const run = promisify(execFile);

/** `node bin/storyline ARGS…`, with `env` added to this process's environment; a non-zero exit is returned as `code`. */
export async function storyline(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, "bin/storyline"), ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}
