// "Hồ sơ của tôi": after signing in with VNeID, the citizen's dossiers with their payments,
// results, complaints, the notices sent to them and their result's way to them.
import {
  type MyDossier,
  myResultUrl,
  useCitizen,
  useCitizenLogout,
  useMyDossiers,
  vneidLoginUrl,
} from "../../api/citizen.ts";
import { formatDate, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { money } from "../payment/Pay.tsx";
import { DeliveryStates } from "./DeliveryStates.tsx";

export default function MyDossiers() {
  const { t, lang } = useI18n();
  const me = useCitizen();
  const list = useMyDossiers(me.data?.signedIn === true);
  const logout = useCitizenLogout();
  if (me.isPending) return <Loading />;
  if (!me.data?.signedIn)
    return (
      <Page title={t("my.title")} lead={t("my.lead")}>
        <a className="btn btn-primary" href={vneidLoginUrl("/ho-so-cua-toi")}>
          {t("vneid.signIn")}
        </a>
      </Page>
    );
  return (
    <Page title={t("my.title")} lead={t("my.hello", { name: me.data.name ?? "" })}>
      <p>
        <span className="badge badge-info">{t("vneid.verified")}</span>{" "}
        <button type="button" className="btn-link" onClick={() => logout.mutate()}>
          {t("vneid.signOut")}
        </button>
      </p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorBox error={list.error} />}
      <Section title={t("my.dossiers")} id="my-dossiers">
        {list.data?.dossiers.length === 0 && <p className="empty">{t("my.none")}</p>}
        <PlainTable
          rows={list.data?.dossiers ?? []}
          rowKey={(d) => d.code}
          columns={[
            { header: t("lookup.code"), cell: (d) => <code>{d.code}</code> },
            { header: t("my.submitted"), cell: (d) => formatDate(lang, d.submittedAt) },
            { header: t("my.due"), cell: (d) => formatDate(lang, d.dueAt) || "—" },
            { header: t("my.payment"), cell: (d) => <Payment d={d} /> },
            {
              header: t("my.result"),
              cell: (d) =>
                d.result ? (
                  <a href={myResultUrl(d.code)} download>
                    {t("my.download")}
                  </a>
                ) : (
                  "—"
                ),
            },
            {
              header: t("my.complaints"),
              cell: (d) => d.complaints.map((c) => c.code).join(", ") || "—",
            },
            { header: t("my.deliveries"), cell: (d) => <DeliveryStates d={d.deliveries} /> },
          ]}
        />
      </Section>
    </Page>
  );
}

function Payment({ d }: { d: MyDossier }) {
  const { t, lang } = useI18n();
  const fee = d.fees.reduce((s, f) => s + f.amount, 0);
  if (d.paidOnline) return <>{t("pay.paidShort")}</>;
  if (fee <= 0) return <>—</>;
  return (
    <Link to={`/thanh-toan?ma=${encodeURIComponent(d.code)}`}>
      {t("pay.toGateway", { amount: money(lang, fee) })}
    </Link>
  );
}
