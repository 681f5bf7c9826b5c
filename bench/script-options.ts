// Reads `--name value` / `--name=value` options of a bench script through its zod schema.
import type { z } from "zod";

export function parseScriptOptions<T extends z.ZodType>(schema: T, argv: readonly string[]): z.infer<T> {
  const raw: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg.startsWith("--")) {
      const [key, inline] = arg.slice(2).split("=", 2);
      raw[key ?? ""] = inline ?? argv[++index] ?? "";
    }
  }
  return schema.parse(raw);
}
