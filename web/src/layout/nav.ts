// Side navigation by role: an item shows when the user holds one of its roles (or for everyone).
import type { Role } from "../api/identity.ts";
import type { Key } from "../i18n/index.tsx";

export interface NavItem {
  to: string;
  label: Key;
  hint: Key;
  group: "work" | "public" | "admin";
  /** undefined: everyone, signed in or not. */
  roles?: Role[];
}

/** An item of the administrative reform pages (for those who run or inspect the reform). */
const reformItem = (to: string, label: Key, hint: Key): NavItem => ({
  to,
  label,
  hint,
  group: "work",
  roles: ["leader", "head", "control_officer", "home_affairs", "inspector"],
});

export const NAV: NavItem[] = [
  { to: "/", label: "nav.home", hint: "home.work.catalog", group: "work", roles: [] },
  {
    to: "/tiep-nhan",
    label: "nav.intake",
    hint: "home.work.intake",
    group: "work",
    roles: ["reception", "center_manager"],
  },
  {
    to: "/ho-so",
    label: "nav.queue",
    hint: "home.work.queue",
    group: "work",
    roles: [
      "reception",
      "center_manager",
      "handler",
      "leader",
      "head",
      "control_officer",
      "home_affairs",
      "inspector",
    ],
  },
  {
    to: "/phe-duyet",
    label: "nav.approvals",
    hint: "home.work.approvals",
    group: "work",
    roles: ["leader", "head"],
  },
  {
    to: "/ho-so-tre-han",
    label: "nav.late",
    hint: "home.work.late",
    group: "work",
    roles: ["handler", "leader", "head"],
  },
  {
    to: "/ho-so-tre-han/bao-cao",
    label: "nav.compliance",
    hint: "home.work.compliance",
    group: "work",
    roles: ["leader", "head", "center_manager", "control_officer", "home_affairs", "inspector"],
  },
  {
    to: "/phan-anh/xu-ly",
    label: "nav.complaintsStaff",
    hint: "home.work.complaintsStaff",
    group: "work",
    roles: ["handler", "leader", "head", "control_officer"],
  },
  {
    to: "/chi-so",
    label: "nav.index",
    hint: "home.work.index",
    group: "work",
    roles: ["leader", "head", "center_manager", "control_officer", "home_affairs", "inspector"],
  },
  reformItem("/cai-cach/nhiem-vu", "nav.reformTasks", "home.work.reformTasks"),
  reformItem("/cai-cach/chi-so", "nav.reformIndex", "home.work.reformIndex"),
  reformItem("/cai-cach/kiem-tra", "nav.inspections", "home.work.inspections"),
  reformItem("/cai-cach/khao-sat", "nav.surveys", "home.work.surveys"),
  {
    to: "/cai-cach/bao-cao",
    label: "nav.reformReport",
    hint: "home.work.reformReport",
    group: "work",
    roles: ["leader", "head", "control_officer", "home_affairs"],
  },
  { to: "/thu-tuc", label: "nav.catalog", hint: "home.work.catalog", group: "public" },
  { to: "/tra-cuu", label: "nav.lookup", hint: "home.work.lookup", group: "public" },
  { to: "/phan-anh", label: "nav.complaints", hint: "home.work.complaints", group: "public" },
  {
    to: "/quan-tri/don-vi",
    label: "nav.agencies",
    hint: "home.work.agencies",
    group: "admin",
    roles: ["admin"],
  },
  {
    to: "/quan-tri/nguoi-dung",
    label: "nav.users",
    hint: "home.work.users",
    group: "admin",
    roles: ["admin"],
  },
  {
    to: "/quan-tri/thu-tuc",
    label: "nav.procedures",
    hint: "home.work.procedures",
    group: "admin",
    roles: ["admin", "control_officer"],
  },
  {
    to: "/quan-tri/lich",
    label: "nav.calendar",
    hint: "home.work.calendar",
    group: "admin",
    roles: ["admin", "control_officer"],
  },
  {
    to: "/quan-tri/nguong-canh-bao",
    label: "nav.rules",
    hint: "home.work.rules",
    group: "admin",
    roles: ["admin"],
  },
  {
    to: "/chung-thuc",
    label: "nav.cert",
    hint: "home.work.cert",
    group: "work",
    roles: ["reception", "center_manager", "leader", "head"],
  },
  {
    to: "/quan-tri/dong-bo-cong",
    label: "nav.portal",
    hint: "home.work.portal",
    group: "admin",
    roles: ["admin"],
  },
];

export function navFor(roles: Role[] | null): NavItem[] {
  return NAV.filter((i) => {
    if (!i.roles) return true;
    if (!roles) return false;
    return i.roles.length === 0 || i.roles.some((r) => roles.includes(r));
  });
}
