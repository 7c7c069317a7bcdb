import { randomBytes } from "node:crypto";
import { record } from "../../server/modules/audit/index.ts";
import { insertUser, isRole, SYSTEM_ACTOR } from "../../server/modules/identity/index.ts";
import { badInput } from "../../server/platform/errors.ts";
import { option, parseArgs, requiredOption } from "../args.ts";
import { openStore, stdio } from "../context.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional[0] !== "create")
    throw badInput(
      "cli.usage",
      "user",
      "dùng: motcua user create …",
      "usage: motcua user create …",
    );
  const role = requiredOption(args, "role");
  if (!isRole(role))
    throw badInput(
      "cli.bad_role",
      "--role",
      `vai trò "${role}" không tồn tại`,
      `no role "${role}"`,
    );
  const generated = option(args, "password") === undefined;
  const password = option(args, "password") ?? randomBytes(12).toString("base64url");
  const { db, clock } = await openStore(args);
  try {
    const u = await db.transaction(async (tx) => {
      const created = await insertUser(tx, {
        username: requiredOption(args, "username"),
        fullName: requiredOption(args, "name"),
        password,
        grants: [{ role, agencyCode: requiredOption(args, "agency") }],
      });
      await record(tx, SYSTEM_ACTOR, clock.now(), {
        action: "user.created",
        subjectType: "user",
        subjectId: created.id,
        details: { username: created.username, via: "cli" },
      });
      return created;
    });
    stdio.out(
      `Đã tạo / Created: ${u.username} (${u.id})${generated ? `\nMật khẩu / Password: ${password}` : ""}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
