// "Hồ sơ của tôi": after signing in with VNeID, the citizen's dossiers with their payments,
// results, complaints, the notices sent to them and their result's way to them.
import {
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
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("lookup.code")}</th>
              <th scope="col">{t("my.submitted")}</th>
              <th scope="col">{t("my.due")}</th>
              <th scope="col">{t("my.payment")}</th>
              <th scope="col">{t("my.result")}</th>
              <th scope="col">{t("my.complaints")}</th>
              <th scope="col">{t("my.deliveries")}</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.dossiers.map((d) => {
              const fee = d.fees.reduce((s, f) => s + f.amount, 0);
              return (
                <tr key={d.code}>
                  <td>
                    <code>{d.code}</code>
                  </td>
                  <td>{formatDate(lang, d.submittedAt)}</td>
                  <td>{formatDate(lang, d.dueAt) || "—"}</td>
                  <td>
                    {d.paidOnline ? (
                      t("pay.paidShort")
                    ) : fee > 0 ? (
                      <Link to={`/thanh-toan?ma=${encodeURIComponent(d.code)}`}>
                        {t("pay.toGateway", { amount: money(lang, fee) })}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    {d.result ? (
                      <a href={myResultUrl(d.code)} download>
                        {t("my.download")}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{d.complaints.map((c) => c.code).join(", ") || "—"}</td>
                  <td>
                    <DeliveryStates d={d.deliveries} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>
    </Page>
  );
}
