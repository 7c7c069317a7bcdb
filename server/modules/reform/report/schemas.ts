// The editable part of a periodic reform report (the figures and task progress are the system's).
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

export const reportText = z
  .object({
    number: text(60),
    place: text(100),
    signer: z
      .object({
        authority: text(100).optional(),
        position: text(100),
        name: text(100),
      })
      .strict(),
    recipients: z.array(text(200)).min(1).max(30),
    sections: z
      .object({
        results: text(50_000),
        shortcomings: text(20_000),
        plans: text(20_000),
        proposals: text(20_000),
      })
      .strict(),
  })
  .strict();
export type ReportText = z.infer<typeof reportText>;
