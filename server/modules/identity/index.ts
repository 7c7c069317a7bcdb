// Public surface of the identity module: agencies, users, roles, sessions and the policy.
export { type Actor, PUBLIC_ACTOR, SYSTEM_ACTOR } from "./actor.ts";
export {
  type Agency,
  AgencyTree,
  getAgency,
  insertAgency,
  loadTree,
  mergeAgency,
  renameAgency,
} from "./agencies.ts";
export { getBankAccount, setBankAccount } from "./bank-account.ts";
export { AgencyDirectory } from "./directory.ts";
export {
  actorOf,
  authenticate,
  type Commands,
  clientIp,
  type IdentityDeps,
  requireUser,
  type WithCommands,
} from "./http.ts";
export {
  type Action,
  authorize,
  inScope,
  POLICY,
  type Scope,
  type SubtreeOf,
  scopeFor,
} from "./policy.ts";
export { isRole, ROLE_NAMES, ROLES, type Role } from "./roles.ts";
export { identityRoutes } from "./routes.ts";
export { login } from "./sessions.ts";
export { headOf, holdersOf, insertUser, listUsers } from "./users.ts";
