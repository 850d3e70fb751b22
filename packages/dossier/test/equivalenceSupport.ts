/** Small re-exports for the equivalence tests. */
import { ActorRoleSchema } from "@motcua/core";
export { parseInstant, type DossierEvent } from "@motcua/core";
export const ACTOR_ROLES_FOR_TEST = ActorRoleSchema.options;
