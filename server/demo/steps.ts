// Each module's contribution to the demo province, in dependency order.
import type { DemoStep } from "./index.ts";

export function demoSteps(): DemoStep[] {
  return [];
}
