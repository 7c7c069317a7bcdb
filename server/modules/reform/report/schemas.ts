// The editable part of a periodic reform report (the schema: shared/contracts/reform.ts); the
// figures and task progress are the system's.
import type { z } from "zod";
import type { reportText } from "../../../../shared/contracts/reform.ts";

export type ReportText = z.infer<typeof reportText>;
