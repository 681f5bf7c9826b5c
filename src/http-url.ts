// The one kind of address Storyline fetches from or posts to: http(s) URLs, checked at every input.
import { z } from "zod";

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });
