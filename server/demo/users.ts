import type { Role } from "../modules/identity/index.ts";

export const DEMO_PASSWORD = "motcua-demo-2026";

/** One user for every role, with realistic Vietnamese names; agency given as a code suffix. */
export const DEMO_USERS: {
  username: string;
  fullName: string;
  grants: { role: Role; agency: string }[];
}[] = [
  { username: "quantri", fullName: "Trần Minh Quân", grants: [{ role: "admin", agency: "" }] },
  {
    username: "kstt",
    fullName: "Nguyễn Thị Thu Hà",
    grants: [{ role: "control_officer", agency: "" }],
  },
  { username: "noivu", fullName: "Lê Văn Phúc", grants: [{ role: "home_affairs", agency: ".02" }] },
  {
    username: "thanhtra",
    fullName: "Phạm Quốc Bảo",
    grants: [{ role: "inspector", agency: ".13" }],
  },
  {
    username: "trungtam",
    fullName: "Võ Thị Ngọc Lan",
    grants: [{ role: "center_manager", agency: ".99" }],
  },
  {
    username: "tiepnhan",
    fullName: "Huỳnh Thanh Tâm",
    grants: [{ role: "reception", agency: ".99" }],
  },
  {
    username: "tiepnhan.xa",
    fullName: "Đặng Thị Mỹ Duyên",
    grants: [{ role: "reception", agency: ".101" }],
  },
  { username: "xuly.tp", fullName: "Bùi Văn Hùng", grants: [{ role: "handler", agency: ".03" }] },
  {
    username: "xuly.xa",
    fullName: "Trương Thị Kim Ngân",
    grants: [{ role: "handler", agency: ".101" }],
  },
  { username: "xuly.xa2", fullName: "Lý Hoàng Nam", grants: [{ role: "handler", agency: ".102" }] },
  {
    username: "lanhdao.tp",
    fullName: "Đỗ Thành Công",
    grants: [{ role: "leader", agency: ".03" }],
  },
  {
    username: "lanhdao.xa",
    fullName: "Ngô Văn Thắng",
    grants: [
      { role: "leader", agency: ".101" },
      { role: "head", agency: ".101" },
    ],
  },
  {
    username: "giamdoc.tp",
    fullName: "Phan Thị Hồng Nhung",
    grants: [{ role: "head", agency: ".03" }],
  },
  // The police of commune .101 (Công an xã Tân Phước 1): residence registration is theirs; the
  // commune's one-stop counter receives it too (tiepnhan.xa), online dossiers reach the police.
  {
    username: "tiepnhan.ca",
    fullName: "Võ Minh Trí",
    grants: [{ role: "reception", agency: ".16.101" }],
  },
  {
    username: "xuly.ca",
    fullName: "Lê Thanh Sang",
    grants: [{ role: "handler", agency: ".16.101" }],
  },
  {
    username: "truong.ca",
    fullName: "Nguyễn Hữu Lộc",
    grants: [
      { role: "leader", agency: ".16.101" },
      { role: "head", agency: ".16.101" },
    ],
  },
  { username: "congdan", fullName: "Nguyễn Văn Bình", grants: [{ role: "applicant", agency: "" }] },
];
