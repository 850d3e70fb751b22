/**
 * `pnpm demo`: a short end-to-end tour of motcua, printed in the terminal.
 * Each section lives in `sections/` and uses only the public API of the packages.
 */
import { appointment } from "./sections/appointment";
import { bieu06 } from "./sections/bieu06";
import { conformance } from "./sections/conformance";
import { handover } from "./sections/handover";
import { permissions } from "./sections/permissions";
import { staffing } from "./sections/staffing";
import { store } from "./sections/store";
import { succession } from "./sections/succession";
import { vocabulary } from "./sections/vocabulary";

console.log("motcua — quy tắc một cửa khi bưu điện tiếp nhận hồ sơ / one-stop rules with postal staff");
vocabulary();
appointment();
permissions();
handover();
staffing();
bieu06();
succession();
await store();
await conformance();
