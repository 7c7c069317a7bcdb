// Every page and its path. Admin and dashboard pages load on demand (React.lazy) so citizen pages
// stay small; ECharts only ever loads with the index dashboard.
import { type ComponentType, lazy } from "react";
import { Login } from "./pages/auth/Login.tsx";
import { Catalog } from "./pages/catalog/Catalog.tsx";
import { ProcedureDetail } from "./pages/catalog/ProcedureDetail.tsx";
import { Home } from "./pages/home/Home.tsx";
import { Pay, PayResult } from "./pages/payment/Pay.tsx";
import { Lookup } from "./pages/public/Lookup.tsx";
import { SubmitOnline } from "./pages/public/SubmitOnline.tsx";
import { Submitted } from "./pages/public/Submitted.tsx";

export interface RouteDef {
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
  /** Needs a signed-in user (the server still decides what they may see). */
  auth?: boolean;
  /** No side navigation (sign-in). */
  bare?: boolean;
}

const MyDossiers = lazy(() => import("./pages/citizen/MyDossiers.tsx"));
const Agencies = lazy(() => import("./pages/admin/Agencies.tsx"));
const Users = lazy(() => import("./pages/admin/Users.tsx"));
const Queue = lazy(() => import("./pages/dossiers/Queue.tsx"));
const DossierPage = lazy(() => import("./pages/dossiers/DossierPage.tsx"));
const Intake = lazy(() => import("./pages/intake/Intake.tsx"));
const Approvals = lazy(() => import("./pages/approvals/Approvals.tsx"));
const Dashboard = lazy(() => import("./pages/index/Dashboard.tsx"));
const LateDossiers = lazy(() => import("./pages/late/LateDossiers.tsx"));
const Compliance = lazy(() => import("./pages/late/Compliance.tsx"));
const PublicComplaints = lazy(() => import("./pages/complaints/PublicComplaints.tsx"));
const StaffComplaints = lazy(() => import("./pages/complaints/StaffComplaints.tsx"));
const StaffComplaint = lazy(() => import("./pages/complaints/StaffComplaint.tsx"));
const CalendarAdmin = lazy(() => import("./pages/admin/calendar/CalendarAdmin.tsx"));
const WatchRules = lazy(() => import("./pages/admin/WatchRules.tsx"));
const ProcedureList = lazy(() => import("./pages/admin/procedures/ProcedureList.tsx"));
const ProcedureEditor = lazy(() => import("./pages/admin/procedures/ProcedureEditor.tsx"));
const CertifiedCopies = lazy(() => import("./pages/certification/CertifiedCopies.tsx"));
const PortalSync = lazy(() => import("./pages/admin/portal/PortalSync.tsx"));
const ReformTasks = lazy(() => import("./pages/reform/Tasks.tsx"));
const ReformIndex = lazy(() => import("./pages/reform/IndexRanking.tsx"));
const ReformIndexUnit = lazy(() => import("./pages/reform/IndexUnit.tsx"));
const ReformInspections = lazy(() => import("./pages/reform/Inspections.tsx"));
const ReformReport = lazy(() => import("./pages/reform/PeriodicReport.tsx"));
const ReformSurveys = lazy(() => import("./pages/reform/Surveys.tsx"));
const ReformCriteria = lazy(() => import("./pages/reform/CriteriaEditor.tsx"));
const ReformUnitOverview = lazy(() => import("./pages/reform/UnitOverview.tsx"));
const SurveyAnswer = lazy(() => import("./pages/public/SurveyAnswer.tsx"));

export const ROUTES: RouteDef[] = [
  { path: "/", page: Home },
  { path: "/dang-nhap", page: Login, bare: true },
  { path: "/thu-tuc", page: Catalog },
  { path: "/thu-tuc/:code", page: ProcedureDetail },
  { path: "/tra-cuu", page: Lookup },
  { path: "/nop-truc-tuyen/:code", page: SubmitOnline },
  { path: "/nop-truc-tuyen/da-nop/:code", page: Submitted },
  { path: "/thanh-toan", page: Pay },
  { path: "/thanh-toan/ket-qua", page: PayResult },
  { path: "/ho-so-cua-toi", page: MyDossiers },
  { path: "/tiep-nhan", page: Intake, auth: true },
  { path: "/ho-so", page: Queue, auth: true },
  { path: "/ho-so/:code", page: DossierPage, auth: true },
  { path: "/phe-duyet", page: Approvals, auth: true },
  { path: "/ho-so-tre-han", page: LateDossiers, auth: true },
  { path: "/ho-so-tre-han/bao-cao", page: Compliance, auth: true },
  { path: "/phan-anh", page: PublicComplaints },
  { path: "/phan-anh/xu-ly", page: StaffComplaints, auth: true },
  { path: "/phan-anh/xu-ly/:code", page: StaffComplaint, auth: true },
  { path: "/chi-so", page: Dashboard },
  { path: "/chi-so/don-vi/:agency", page: ReformUnitOverview, auth: true },
  { path: "/quan-tri/don-vi", page: Agencies, auth: true },
  { path: "/quan-tri/nguoi-dung", page: Users, auth: true },
  { path: "/quan-tri/lich", page: CalendarAdmin, auth: true },
  { path: "/quan-tri/nguong-canh-bao", page: WatchRules, auth: true },
  { path: "/quan-tri/thu-tuc", page: ProcedureList, auth: true },
  { path: "/quan-tri/thu-tuc/:code", page: ProcedureEditor, auth: true },
  { path: "/quan-tri/dong-bo-cong", page: PortalSync, auth: true },
  { path: "/chung-thuc", page: CertifiedCopies, auth: true },
  { path: "/cai-cach/nhiem-vu", page: ReformTasks, auth: true },
  { path: "/cai-cach/chi-so", page: ReformIndex, auth: true },
  { path: "/cai-cach/chi-so/:agency", page: ReformIndexUnit, auth: true },
  { path: "/cai-cach/kiem-tra", page: ReformInspections, auth: true },
  { path: "/cai-cach/tieu-chi", page: ReformCriteria, auth: true },
  { path: "/cai-cach/bao-cao", page: ReformReport, auth: true },
  { path: "/cai-cach/khao-sat", page: ReformSurveys, auth: true },
  { path: "/khao-sat", page: SurveyAnswer },
];
