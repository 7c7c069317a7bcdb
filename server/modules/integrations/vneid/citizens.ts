// Synthetic citizens of the demo and the tests (not real people): what the national identity
// (VNeID) asserts about a person who signs in. Personal ID numbers follow the 12-digit format
// (Law on Identification 2023, Art. 12): province code, sex/century digit, birth year, serial.
export interface DemoCitizen {
  personalId: string;
  password: string;
  name: string;
  birthdate: string;
  gender: "male" | "female";
  phone: string;
  email: string;
  address: string;
}

export const DEMO_CITIZENS: DemoCitizen[] = [
  {
    personalId: "087190000001",
    password: "vneid-demo-2026",
    name: "Nguyễn Văn An",
    birthdate: "1990-04-12",
    gender: "male",
    phone: "0912000001",
    email: "an.nguyen@congdan.example.vn",
    address: "Số 12 đường Nguyễn Huệ, phường Cao Lãnh, tỉnh Đồng Tháp",
  },
  {
    personalId: "087195000002",
    password: "vneid-demo-2026",
    name: "Trần Thị Bích",
    birthdate: "1995-09-30",
    gender: "female",
    phone: "0912000002",
    email: "bich.tran@congdan.example.vn",
    address: "Ấp Tân Hòa, xã Mỹ Thọ, tỉnh Đồng Tháp",
  },
];
