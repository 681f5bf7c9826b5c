// What every command needs from the global options: the configuration and an open store, closed afterwards.
import type { Command } from "commander";
import { type Config, loadConfig } from "../config.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

export function configOf(command: Command, flags: { port?: number; host?: string } = {}): Config {
  const globals = command.optsWithGlobals<{ data?: string }>();
  return loadConfig({ ...flags, ...(globals.data ? { data: globals.data } : {}) });
}

export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function writeLine(text = ""): void {
  process.stdout.write(`${text}\n`);
}

export function writeError(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Parses a positive whole-number option, with the option's name in the error. */
export function positiveInteger(name: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0)
      throw new Error(`${name} must be a positive whole number, not "${value}"`);
    return number;
  };
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses a duration option ("90", "90s", "15m", "6h", "1d") into seconds, with the option's name in the error. */
export function durationOption(name: string): (value: string) => number {
  return (value) => {
    const match = /^(\d+)\s*([smhd]?)$/i.exec(value.trim());
    if (!match) throw new Error(`${name} must be a duration such as 30m, 6h or 1d, not "${value}"`);
    return Number(match[1]) * (UNIT_SECONDS[(match[2] || "s").toLowerCase()] ?? 1);
  };
}
