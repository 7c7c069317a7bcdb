// Public surface of the identity module: agencies, users, roles, sessions and the policy.
export { type Actor, PUBLIC_ACTOR, type RoleGrant, SYSTEM_ACTOR } from "./actor.ts";
export {
  AGENCY_CODE,
  AGENCY_LEVELS,
  type Agency,
  type AgencyLevel,
  AgencyTree,
  agencyHistory,
  getAgency,
  insertAgency,
  loadTree,
  mergeAgency,
  type NewAgency,
  renameAgency,
  unknownAgency,
} from "./agencies.ts";
export { type BankAccount, getBankAccount, setBankAccount } from "./bank-account.ts";
export { AgencyDirectory } from "./directory.ts";
export {
  actorOf,
  authenticate,
  CSRF_HEADER,
  clientIp,
  type IdentityDeps,
  requireUser,
  SESSION_COOKIE,
  sessionOf,
} from "./http.ts";
export {
  ACTIONS,
  type Action,
  authorize,
  inScope,
  POLICY,
  type Scope,
  type ScopeKind,
  type SubtreeOf,
  scopeCondition,
  scopeFor,
} from "./policy.ts";
export { isRole, ROLE_NAMES, ROLES, type Role } from "./roles.ts";
export { identityRoutes } from "./routes.ts";
export {
  type LoginResult,
  login,
  resolveSession,
  revokeSession,
  SESSION_POLICY,
  type SessionInfo,
  switchAgency,
} from "./sessions.ts";
export {
  getUser,
  hashPassword,
  headOf,
  holdersOf,
  insertUser,
  listUsers,
  type NewUser,
  type User,
} from "./users.ts";
