// English: the shared UI kit.
import type { viKit } from "./vi-kit.ts";

export const enKit: Record<keyof typeof viKit, string> = {
  "kit.filter": "Filter the list",
  "kit.sortBy": "Sort by {col}",
  "kit.page": "Page {page}/{pages}",
  "kit.prev": "Previous page",
  "kit.next": "Next page",
  "kit.rows": "{from}–{to} of {n} rows",
  "kit.noMatch": "No row matches the filter.",
  "kit.crashTitle": "This page could not be shown",
  "kit.crashChunk":
    "A new version of the system was just installed, or the network dropped while the page loaded.",
  "kit.crashOther": "The page failed while drawing. What you saved is not affected.",
  "kit.reload": "Reload the page",
};
