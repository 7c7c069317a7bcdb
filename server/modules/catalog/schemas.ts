// The catalogue's request shapes: the contract's (shared/contracts/catalog.ts), whose steps' role
// is already one of the identity module's roles.
import type { z } from "zod";
import type { contentSchema, createBody, updateBody } from "../../../shared/contracts/catalog.ts";

export {
  contentSchema,
  createBody,
  getQuery,
  listQuery,
  PROCEDURE_CODE,
  updateBody,
} from "../../../shared/contracts/catalog.ts";

export type ContentInput = z.input<typeof contentSchema>;
export type CreateBody = z.infer<typeof createBody>;
export type UpdateBody = z.infer<typeof updateBody>;
