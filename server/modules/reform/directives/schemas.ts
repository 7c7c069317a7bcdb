// Request schemas of the directive routes (they also describe the routes in the OpenAPI document).
import { z } from "zod";
import { CYCLES } from "../periods.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "sha256");
const agencyCode = z.string().trim().min(1).max(40);

export const assigneesSchema = z
  .object({
    /** Every current unit of these levels ("all departments", "all communes"). */
    levels: z
      .array(z.enum(["department", "commune"]))
      .max(2)
      .default([]),
    /** Named agencies. */
    agencies: z.array(agencyCode).max(500).default([]),
  })
  .strict();
export type Assignees = z.infer<typeof assigneesSchema>;

export const taskSchema = z
  .object({
    ref: text(20),
    text: text(10_000),
    assignees: assigneesSchema,
    deadline: day.nullable().default(null),
    cycle: z.enum(CYCLES).nullable().default(null),
    lead: agencyCode.nullable().default(null),
    cooperating: z.array(agencyCode).max(100).default([]),
    monitors: z.array(agencyCode).min(1).max(10),
  })
  .strict()
  .refine((t) => t.deadline !== null || t.cycle !== null, {
    message: "deadline or cycle is required",
    path: ["deadline"],
  });
export type TaskInput = z.infer<typeof taskSchema>;

export const directiveBody = z
  .object({
    number: text(60),
    kind: z.enum(["letter", "plan", "decision"]),
    issuedOn: day,
    issuer: agencyCode,
    signer: text(200),
    subject: text(2_000),
    fileSha256: sha256.nullable().default(null),
    tasks: z.array(taskSchema).min(1).max(200),
  })
  .strict();
export type DirectiveInput = z.infer<typeof directiveBody>;
/** A conclusion notice of an inspection is recorded as a directive too (its tasks: remediation). */
export type DirectiveKind = DirectiveInput["kind"] | "conclusion";
export type DirectiveRecord = Omit<DirectiveInput, "kind"> & { kind: DirectiveKind };

export const reportBody = z
  .object({
    agency: agencyCode,
    status: z.enum(["in_progress", "done", "blocked"]),
    text: text(20_000),
    evidence: z.array(sha256).max(20).default([]),
  })
  .strict();
export type ReportInput = z.infer<typeof reportBody>;

export const monitorQuery = z
  .object({
    directive: z.string().uuid().optional(),
    agency: agencyCode.optional(),
    status: z.enum(["done", "on_track", "late", "not_reported"]).optional(),
  })
  .strict();
export type MonitorQuery = z.infer<typeof monitorQuery>;
