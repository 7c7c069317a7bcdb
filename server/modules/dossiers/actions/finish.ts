// Shared by the actions that end handling early: closes the open step and the open pause.
import { endPause } from "../pauses.ts";
import { closeStep } from "../steps.ts";
import type { Dossier } from "../types.ts";
import type { ActionCtx } from "./context.ts";

export async function closeOpenWork(ctx: ActionCtx, d: Dossier, note: string): Promise<void> {
  await closeStep(ctx.tx, d, ctx.now, ctx.actor, note);
  if (d.state === "supplement-requested") await endPause(ctx.tx, d, ctx.now, await ctx.calendar(d));
}
