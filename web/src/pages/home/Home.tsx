import { useMe } from "../../api/identity.ts";
import { PublicHome } from "./PublicHome.tsx";
import { StaffHome } from "./StaffHome.tsx";

export function Home() {
  const me = useMe().data;
  return me ? <StaffHome me={me} /> : <PublicHome />;
}
