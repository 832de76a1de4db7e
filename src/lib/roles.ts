import { z } from "zod";

// Who may do what. A viewer reads; an editor also annotates, edits events and
// imports articles; an admin also manages users, roles and API tokens.
export const Role = z.enum(["viewer", "editor", "admin"]);
export type Role = z.infer<typeof Role>;

/** What a route requires. "public" answers everybody, even when reading needs sign-in (health, sign-in itself). */
export type Access = "public" | Role;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export function hasRole(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need];
}

export const ROLE_LABEL: Record<Role, string> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };
