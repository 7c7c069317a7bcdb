// At the counter: the applicant's details taken from the national population database by their
// 12-digit personal ID (every look-up audited with its purpose); the intake that uses them is
// marked as reusing that data, and no residence paper is asked for.
import { useMutation } from "@tanstack/react-query";
import { post } from "../../api/client.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";

interface Person {
  personalId: string;
  name: string;
  permanentAddress: string;
}

export function PopulationLookup({
  personalId,
  done,
  onFound,
}: {
  personalId: string;
  done: boolean;
  onFound(token: string, p: Person): void;
}) {
  const { t } = useI18n();
  const m = useMutation({
    mutationFn: () =>
      post<{ lookup: string; person: Person }>("/api/population/lookup", {
        personalId: personalId.trim(),
        purpose: "Tiếp nhận hồ sơ thủ tục hành chính tại Bộ phận Một cửa",
      }),
    onSuccess: (r) => onFound(r.lookup, r.person),
  });
  return (
    <div className="row" data-testid="population-lookup">
      <Button
        variant="secondary"
        small
        busy={m.isPending}
        disabled={!/^[0-9]{12}$/.test(personalId.trim())}
        onClick={() => m.mutate()}
      >
        {t("intake.populationLookup")}
      </Button>
      {done && <span className="badge badge-info">{t("intake.populationUsed")}</span>}
      {m.isError && <ErrorBox error={m.error} />}
    </div>
  );
}
