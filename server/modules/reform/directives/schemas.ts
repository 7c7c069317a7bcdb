// Types of the directive routes' requests (the schemas: shared/contracts/reform.ts).
import type { z } from "zod";
import type {
  assigneesSchema,
  directiveBody,
  reportBody,
  taskSchema,
} from "../../../../shared/contracts/reform.ts";

export type Assignees = z.infer<typeof assigneesSchema>;
export type TaskInput = z.infer<typeof taskSchema>;
export type DirectiveInput = z.infer<typeof directiveBody>;
/** A conclusion notice of an inspection is recorded as a directive too (its tasks: remediation). */
export type DirectiveKind = DirectiveInput["kind"] | "conclusion";
export type DirectiveRecord = Omit<DirectiveInput, "kind"> & { kind: DirectiveKind };
export type ReportInput = z.infer<typeof reportBody>;
