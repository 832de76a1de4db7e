import type { RawAttribution } from "./types";
export function findAttributions(_text: string): RawAttribution[] {
  return [];
}
