// The catalogue's request shapes (shared/contracts/catalog.ts), with what only the server knows:
// a step's role is one of the identity module's roles.
import { z } from "zod";
import * as contract from "../../../shared/contracts/catalog.ts";
import { ROLES } from "../identity/index.ts";

export { getQuery, listQuery, PROCEDURE_CODE } from "../../../shared/contracts/catalog.ts";

const steps = z
  .array(contract.stepSchema.extend({ role: z.enum(ROLES) }))
  .max(30)
  .default([]);

export const contentSchema = contract.contentSchema.extend({ steps });
export const createBody = contract.createBody.extend({ steps });
export const updateBody = contract.updateBody.extend({ steps });

export type ContentInput = z.input<typeof contentSchema>;
export type CreateBody = z.infer<typeof createBody>;
export type UpdateBody = z.infer<typeof updateBody>;
